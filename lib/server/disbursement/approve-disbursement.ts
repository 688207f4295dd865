import { payoutAmounts } from "@/lib/domain/fees/service-fee";
import type { Actor } from "@/lib/domain/permissions";
import type { Outflow } from "@/lib/generated/prisma/client";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError, notFound } from "@/lib/server/errors";
import { loanEscrow, postEntry, userFrozen } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyOutflow } from "@/lib/server/notifications/events";
import { getServiceFeeBp } from "@/lib/server/settings/disbursement-fee";
import { companyPayoutCard } from "./company-payout-card";
import { createApprovedPayout } from "./create-approved-payout";

/**
 * The supervisor approves the full-subscription review (满标复审): FULLY_FUNDED → DISBURSING
 * (APPROVE_DISBURSEMENT), and in the same transaction
 * - ONE journal entry ESCROW (`escrow:<projectId>`): every investor's frozen → the project's escrow, the whole
 *   loan amount;
 * - the payout (放款), an Outflow of kind PAYOUT created APPROVED (the supervisor is both who asked and who
 *   decided), to the company's bound card: amountFen = loan − fee (what CS transfers), feeFen = the service fee
 *   of the platform setting `disbursement.serviceFeeBp` at this moment (half up to the fen, lib/domain/fees),
 *   plus its history row (from "" to APPROVED).
 * Customer service then transfers it in the gateway's console and records the serial (payout-outflow-handler).
 *
 * Throws NOT_FOUND; INVESTMENTS_NOT_CONFIRMED { count } while any investment is PENDING (checked first, so the
 * supervisor reads why rather than a bare guard failure); UNDERFUNDED when investments were withdrawn after the
 * deadline (the review can then only be rejected); NO_BANK_CARD when the company has no bound card;
 * the transition's refusals (FORBIDDEN for anyone but a supervisor, TRANSITION_NOT_ALLOWED unless FULLY_FUNDED).
 */
export async function approveDisbursement(db: Db, actor: Actor, projectId: string, clock: Clock = getClock()): Promise<Outflow> {
  return withTransaction(db, async (tx) => {
    const project = await tx.loanProject.findUnique({
      where: { id: projectId },
      select: { id: true, amountFen: true, fundedFen: true, company: { select: { userId: true } } },
    });
    if (!project) throw notFound();
    // An investment cancelled or rejected after the deadline leaves the project FULLY_FUNDED but short
    // (REOPEN is for open fundraising only): it can no longer be paid out, only rejected (refunding everyone).
    if (project.fundedFen !== project.amountFen) {
      throw new DomainError("UNDERFUNDED", `Project ${projectId} is funded ${project.fundedFen} of ${project.amountFen} fen`);
    }

    const pending = await tx.investment.count({ where: { projectId, status: "PENDING" } });
    if (pending > 0) {
      throw new DomainError("INVESTMENTS_NOT_CONFIRMED", `${pending} investments are still pending`, {}, { count: pending });
    }
    const card = await companyPayoutCard(tx, project.company.userId);
    if (!card) throw new DomainError("NO_BANK_CARD", "The company has no bound bank card");

    const feeBp = await getServiceFeeBp(tx);
    const { feeFen, netFen } = payoutAmounts(project.amountFen, feeBp);
    await applyTransition(tx, {
      entity: "LOAN_PROJECT",
      id: projectId,
      event: "APPROVE_DISBURSEMENT",
      actor,
      lockRow: true,
      auditData: { feeBp, feeFen, netFen, bankCardId: card.id },
    });

    // Under the project's lock: no investment can be placed, confirmed or cancelled beside this.
    const investments = await tx.investment.findMany({
      where: { projectId, status: "CONFIRMED" },
      select: { investorId: true, amountFen: true },
    });
    const perInvestor = new Map<string, bigint>();
    for (const row of investments) perInvestor.set(row.investorId, (perInvestor.get(row.investorId) ?? 0n) + row.amountFen);
    const raised = investments.reduce((sum, row) => sum + row.amountFen, 0n);
    if (raised !== project.amountFen) {
      // FILL guarantees funded = amount; a difference here is a bug, never the supervisor's.
      throw new Error(`Project ${projectId}: confirmed investments ${raised} fen ≠ loan ${project.amountFen} fen`);
    }
    await postEntry(tx, {
      idempotencyKey: `escrow:${projectId}`,
      kind: "ESCROW",
      description: `Investments of loan project ${projectId} into escrow`,
      postings: [
        ...[...perInvestor].map(([investorId, amountFen]) => ({ account: userFrozen(investorId), amountFen: -amountFen })),
        { account: loanEscrow(projectId), amountFen: raised },
      ],
    });

    const payout = await createApprovedPayout(
      tx,
      { projectId, companyUserId: project.company.userId, bankCardId: card.id, amountFen: netFen, feeFen },
      actor,
      clock.now(),
    );
    await notifyOutflow(tx, payout.id, "APPROVED", clock.now());
    return payout;
  });
}
