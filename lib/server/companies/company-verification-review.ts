import { type Actor, awaitingVerification, userRolesFor } from "@/lib/domain/permissions";
import { COMPANY_VERIFICATION_QUEUE } from "@/lib/server/admin/queues/registry";
import { writeAudit } from "@/lib/server/audit";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError, forbidden, notFound } from "@/lib/server/errors";
import { createReviewRequest } from "@/lib/server/review-requests";
import { listPage } from "@/lib/shared/pagination";

/** Companies waiting for customer service, oldest submission first (the registry's companyVerifications). */
export async function listCompanyVerificationQueue(db: Db, page: number, pageSize = 20) {
  const { where, orderBy } = COMPANY_VERIFICATION_QUEUE;
  const queue = await listPage(
    page,
    pageSize,
    (window) =>
      db.company.findMany({
        where,
        orderBy,
        ...window,
        select: {
          id: true,
          name: true,
          creditCode: true,
          creditCodeChecksumUnverified: true,
          industry: true,
          profileCompletedAt: true,
          _count: { select: { documents: true } },
        },
      }),
    () => db.company.count({ where }),
  );
  const items = queue.items;
  const pending = await db.reviewRequest.findMany({
    where: { targetType: "COMPANY", targetId: { in: items.map((c) => c.id) }, action: "ACTIVATE", status: "PENDING" },
    select: { targetId: true },
  });
  const pendingIds = new Set(pending.map((p) => p.targetId));
  return { ...queue, items: items.map((c) => ({ ...c, activationPending: pendingIds.has(c.id) })) };
}

/**
 * Customer service sends the verification back to the company with a reason it will read: the other
 * outcome of the review that ends in an ACTIVATE request, so the same people decide it (the ACTIVATE
 * event's makers in the company machine's metadata).
 */
export async function returnCompanyVerification(db: Db, actor: Actor, companyId: string, reason: string) {
  if (!userRolesFor("COMPANY", "ACTIVATE").includes(actor.role)) throw forbidden();
  return withTransaction(db, async (tx) => {
    const company = await tx.company.findUnique({ where: { id: companyId } });
    if (!company) throw notFound();
    if (!awaitingVerification(company)) throw new DomainError("CONFLICT", "not awaiting verification");
    const pending = await tx.reviewRequest.count({ where: { targetType: "COMPANY", targetId: companyId, status: "PENDING" } });
    if (pending > 0) throw new DomainError("DUPLICATE_PENDING_REQUEST", "an activation request is pending");
    const changed = await tx.company.updateMany({
      where: { id: companyId, profileCompletedAt: company.profileCompletedAt },
      data: { profileCompletedAt: null, verificationComment: reason },
    });
    if (changed.count !== 1) throw new DomainError("STALE_STATE");
    await writeAudit(tx, {
      actorId: actor.id,
      action: "COMPANY_VERIFICATION_RETURNED",
      targetType: "COMPANY",
      targetId: companyId,
      data: { reason },
    });
  });
}

/** Customer service files the ACTIVATE request that a supervisor approves (maker-checker). */
export async function requestCompanyActivation(db: Db, actor: Actor, companyId: string, reason: string) {
  return createReviewRequest(db, { maker: actor, targetType: "COMPANY", targetId: companyId, action: "ACTIVATE", reason });
}
