import { payoutAmounts } from "@/lib/domain/fees/service-fee";
import { FULL_SUBSCRIPTION_QUEUE } from "@/lib/server/admin/queues/registry";
import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { getServiceFeeBp } from "@/lib/server/settings/disbursement-fee";
import { maskDisplayName } from "@/lib/shared/mask";
import { listPage } from "@/lib/shared/pagination";
import { companyPayoutCard } from "./company-payout-card";

/** The full-subscription review queue (the registry's fullSubscriptionReviews), longest waiting first. */
export async function listFullSubscriptionReviews(db: Db, page: number, pageSize = 20) {
  const { where, orderBy } = FULL_SUBSCRIPTION_QUEUE;
  const queue = await listPage(
    page,
    pageSize,
    (window) =>
      db.loanProject.findMany({
        where,
        orderBy,
        ...window,
        select: {
          id: true,
          title: true,
          amountFen: true,
          updatedAt: true,
          company: { select: { name: true } },
          _count: { select: { investments: { where: { status: "PENDING" } } } },
        },
      }),
    () => db.loanProject.count({ where }),
  );
  return {
    ...queue,
    items: queue.items.map(({ _count, ...row }) => ({ ...row, pendingInvestments: _count.investments })),
  };
}

/**
 * What the supervisor decides the full-subscription review on: the project, its borrowing company, every live
 * investment (investor masked, amount, status, time, oldest first), the company's payout card (bank and last
 * four digits only), and the payout approving now would create: the fee at today's setting (bp and fen) and
 * the net amount, all fen. Also the payouts already made for it, whether a failed one waits to be replaced, and
 * its history. Throws NOT_FOUND.
 */
export async function getDisbursementReview(db: Db, projectId: string) {
  const project = await db.loanProject.findUnique({
    where: { id: projectId },
    include: { company: { select: { id: true, name: true, userId: true } } },
  });
  if (!project) throw notFound();
  const [investments, card, feeBp, payouts, history] = await Promise.all([
    db.investment.findMany({
      where: { projectId, status: { in: ["PENDING", "CONFIRMED", "HOLDING"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        amountFen: true,
        status: true,
        createdAt: true,
        investor: { select: { displayName: true, investorProfile: { select: { realName: true } } } },
      },
    }),
    companyPayoutCard(db, project.company.userId),
    getServiceFeeBp(db),
    db.outflow.findMany({
      where: { projectId, kind: "PAYOUT" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, status: true, amountFen: true, feeFen: true, externalSerial: true, createdAt: true },
    }),
    db.statusHistory.findMany({
      where: { entityType: "LOAN_PROJECT", entityId: projectId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  ]);
  // A failed payout with none live beside it, on a project still paying out: a new one may be made (reissuePayout).
  const failedPayoutToReplace =
    project.status === "DISBURSING" &&
    payouts.some((payout) => payout.status === "FAILED") &&
    payouts.every((payout) => payout.status === "FAILED" || payout.status === "REJECTED");
  return {
    project,
    history,
    failedPayoutToReplace,
    // Investments withdrawn after the deadline: approving is refused (UNDERFUNDED), rejecting refunds everyone.
    underfunded: project.fundedFen !== project.amountFen,
    investments: investments.map(({ investor, ...row }) => ({
      ...row,
      // Still waiting for customer service's review: the page marks it, approval waits for it.
      awaitingReview: row.status === "PENDING",
      investor: maskDisplayName(investor.investorProfile?.realName, investor.displayName),
    })),
    pendingInvestments: investments.filter((row) => row.status === "PENDING").length,
    card: card ? { bankName: card.bankName, last4: card.numberLast4 } : null,
    feeBp,
    ...payoutAmounts(project.amountFen, feeBp),
    payouts,
  };
}
