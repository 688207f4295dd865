import type { Actor } from "@/lib/domain/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import type { Page } from "@/lib/shared/pagination";
import { assertMayViewRecords, type EntityRef, SECTION_PAGE_SIZE } from "./entity-ref";
import { pageWithPeople } from "./page-with-people";

export interface StatusHistoryRow {
  id: bigint;
  fromStatus: string;
  toStatus: string;
  /** The machine event (lib/domain/machines). */
  event: string;
  reason: string | null;
  createdAt: Date;
  /** Null: the system (a job, the gateway) or a user deleted since (`actorId` tells which). */
  actor: { name: string; role: Role } | null;
  actorId: string | null;
}

/**
 * One record's status changes (StatusHistory, written by applyTransition), newest first, a page at a time,
 * with who made each. Staff only ("records.view").
 */
export async function listStatusHistory(
  db: Db,
  actor: Pick<Actor, "role">,
  ref: EntityRef,
  page: number,
  pageSize = SECTION_PAGE_SIZE,
): Promise<Page<StatusHistoryRow>> {
  assertMayViewRecords(actor);
  const where = { entityType: ref.type, entityId: ref.id };
  return pageWithPeople(db, page, pageSize, {
    rows: (window) => db.statusHistory.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
    count: () => db.statusHistory.count({ where }),
    idsOf: (row) => (row.actorId ? [row.actorId] : []),
    toRow: (row, people) => ({
      id: row.id,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      event: row.event,
      reason: row.reason,
      createdAt: row.createdAt,
      actorId: row.actorId,
      actor: row.actorId ? (people.get(row.actorId) ?? null) : null,
    }),
  });
}
