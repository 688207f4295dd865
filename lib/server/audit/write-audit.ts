import type { AuditLog, Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";

export interface AuditInput {
  /** The staff member (or user) who acted; null for the system. */
  actorId: string | null;
  /** What was done, e.g. "LOAN_PROJECT.PASS_PRELIMINARY" or "REVIEW_REQUEST.CREATE". */
  action: string;
  targetType: string;
  targetId: string;
  /** Any details; bigints become strings and Dates ISO strings, so callers may pass domain values. */
  data?: unknown;
}

/** Appends one audit-log row, in the caller's transaction when given one. */
export async function writeAudit(db: DbOrTx, input: AuditInput): Promise<AuditLog> {
  return db.auditLog.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      data: input.data === undefined ? undefined : (toJson(input.data) as Prisma.InputJsonValue),
    },
  });
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
}
