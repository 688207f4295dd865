import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { listPage } from "@/lib/shared/pagination";
import { cancelReviewRequest } from "./cancel-review-request";
import { describeRequests } from "./describe-requests";

/** The requests a customer-service member made, pending first, then newest. */
export async function listOwnReviewRequests(db: Db, makerId: string, page: number, pageSize = 20) {
  const where = { makerId };
  const [requests, pending] = await Promise.all([
    listPage(
      page,
      pageSize,
      (window) =>
        db.reviewRequest.findMany({ where, orderBy: [{ decidedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], ...window }),
      () => db.reviewRequest.count({ where }),
    ),
    db.reviewRequest.count({ where: { ...where, status: "PENDING" } }),
  ]);
  return { ...requests, pending, items: await describeRequests(db, requests.items) };
}

/** Its maker withdraws a pending request; anyone else's request answers NOT_FOUND. */
export async function cancelOwnReviewRequest(db: Db, actor: Actor, requestId: string, reason?: string) {
  const own = await db.reviewRequest.findFirst({ where: { id: requestId, makerId: actor.id }, select: { id: true } });
  if (!own) throw notFound();
  return cancelReviewRequest(db, { actor, requestId, reason });
}
