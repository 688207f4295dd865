import type { Actor } from "@/lib/domain/permissions";
import type { ReviewStatus, Role } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import type { Page } from "@/lib/shared/pagination";
import { assertMayViewRecords, type EntityRef, SECTION_PAGE_SIZE } from "./entity-ref";
import { pageWithPeople } from "./page-with-people";

export interface ReviewRequestRow {
  id: string;
  /** The machine event the request applies when approved. */
  action: string;
  status: ReviewStatus;
  reason: string;
  decisionReason: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  maker: { name: string; role: Role } | null;
  /** Null until decided (or when the request was cancelled by its maker). */
  checker: { name: string; role: Role } | null;
}

/**
 * The maker-checker requests about one record (ReviewRequest by targetType and targetId), newest first, a page
 * at a time: what was asked, by whom and why, who decided and how. Staff only ("records.view").
 */
export async function listReviewRequests(
  db: Db,
  actor: Pick<Actor, "role">,
  ref: EntityRef,
  page: number,
  pageSize = SECTION_PAGE_SIZE,
): Promise<Page<ReviewRequestRow>> {
  assertMayViewRecords(actor);
  const where = { targetType: ref.type, targetId: ref.id };
  return pageWithPeople(db, page, pageSize, {
    rows: (window) => db.reviewRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
    count: () => db.reviewRequest.count({ where }),
    idsOf: (r) => (r.checkerId ? [r.makerId, r.checkerId] : [r.makerId]),
    toRow: (r, people) => ({
      id: r.id,
      action: r.action,
      status: r.status,
      reason: r.reason,
      decisionReason: r.decisionReason,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      maker: people.get(r.makerId) ?? null,
      checker: r.checkerId ? (people.get(r.checkerId) ?? null) : null,
    }),
  });
}
