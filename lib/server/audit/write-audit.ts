import type { AuditAction, AuditSubjectOf } from "@/lib/audit-log/actions";
import type { AuditLog, Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";

export interface AuditInput<A extends AuditAction = AuditAction> {
  /** The staff member (or user) who acted; null for the system. */
  actorId: string | null;
  /**
   * What was done, one of the typed AuditActions (lib/audit-log/actions.ts), e.g. "REVIEW_REQUEST.CREATE";
   * a transition's is built by transitionAuditAction. The audit log tells each as a sentence.
   */
  action: A;
  /** The kind of subject the action is about: the one AuditSubjectOf the action, e.g. "USER" for STAFF_CREATED. */
  targetType: AuditSubjectOf<A>;
  targetId: string;
  /** Any details; bigints become strings and Dates ISO strings, so callers may pass domain values. */
  data?: unknown;
}

/** Appends one audit-log row, in the caller's transaction when given one. */
export async function writeAudit<A extends AuditAction>(db: DbOrTx, input: AuditInput<A>): Promise<AuditLog> {
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
