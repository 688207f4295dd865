import type { Actor } from "@/lib/domain/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import type { Page } from "@/lib/shared/pagination";
import { assertMayViewRecords, type EntityRef, SECTION_PAGE_SIZE } from "./entity-ref";
import { pageWithPeople } from "./page-with-people";

export interface AuditRow {
  id: bigint;
  /** An AuditAction (lib/audit-log/actions.ts); labelled with actionLabelKey. */
  action: string;
  /** The record itself, or REVIEW_REQUEST for a row about one of its requests. */
  targetType: string;
  targetId: string;
  /** The maker's words when the row carries them (`data.reason`). */
  reason: string | null;
  createdAt: Date;
  actorId: string | null;
  actor: { name: string; role: Role } | null;
}

/**
 * The audit rows about one record, newest first, a page at a time: the rows whose subject is the record and
 * the rows about its review requests (filed, approved, rejected, cancelled). Staff only ("records.view"):
 * the record's own trail, not the admin's whole audit log.
 */
export async function listAuditRows(
  db: Db,
  actor: Pick<Actor, "role">,
  ref: EntityRef,
  page: number,
  pageSize = SECTION_PAGE_SIZE,
): Promise<Page<AuditRow>> {
  assertMayViewRecords(actor);
  const requests = await db.reviewRequest.findMany({ where: { targetType: ref.type, targetId: ref.id }, select: { id: true } });
  const where = {
    OR: [
      { targetType: ref.type, targetId: ref.id },
      ...(requests.length > 0 ? [{ targetType: "REVIEW_REQUEST", targetId: { in: requests.map((r) => r.id) } }] : []),
    ],
  };
  return pageWithPeople(db, page, pageSize, {
    rows: (window) => db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
    count: () => db.auditLog.count({ where }),
    idsOf: (row) => (row.actorId ? [row.actorId] : []),
    toRow: (row, people) => ({
      id: row.id,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      reason: reasonOf(row.data),
      createdAt: row.createdAt,
      actorId: row.actorId,
      actor: row.actorId ? (people.get(row.actorId) ?? null) : null,
    }),
  });
}

function reasonOf(data: unknown): string | null {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const reason = (data as Record<string, unknown>).reason;
  return typeof reason === "string" && reason.trim() !== "" ? reason : null;
}
