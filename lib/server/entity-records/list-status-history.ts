import type { Actor } from "@/lib/domain/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";
import { assertMayViewRecords, type EntityRef, SECTION_PAGE_SIZE } from "./entity-ref";

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
  const result = await listPage(
    page,
    pageSize,
    (window) => db.statusHistory.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
    () => db.statusHistory.count({ where }),
  );
  const people = await peopleByIds(
    db,
    result.items.flatMap((row) => (row.actorId ? [row.actorId] : [])),
  );
  return {
    ...result,
    items: result.items.map((row) => ({
      id: row.id,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      event: row.event,
      reason: row.reason,
      createdAt: row.createdAt,
      actorId: row.actorId,
      actor: row.actorId ? (people.get(row.actorId) ?? null) : null,
    })),
  };
}

/** Display name and role of each user named, by id (one query); ids of deleted users are absent. */
export async function peopleByIds(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; role: Role }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true, role: true } });
  return new Map(users.map((u) => [u.id, { name: u.displayName, role: u.role }]));
}
