import { businessDateOf } from "@/lib/domain/dates";
import type { Outflow } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { loanEscrow, platformFees, platformGateway, postEntry } from "@/lib/server/ledger";
import { applyTransition, applyTransitionMany } from "@/lib/server/lifecycle";
import { notifyInvestments } from "@/lib/server/notifications/events";
import type { OutflowChangeContext, OutflowKindHandler } from "@/lib/server/outflows/kind-handler";
import { storeRepaymentSchedule } from "./store-repayment-schedule";

/**
 * Loan payouts (放款), run by the generic outflow services inside the transaction that moves the outflow.
 *
 * `transferred` (CS recorded the transfer's serial: APPROVED → TRANSFERRED) completes the disbursement:
 * - the project DISBURSING → REPAYING (CONFIRM_DISBURSED by the same CS, with the serial), disbursedAt = now;
 * - ONE journal entry PAYOUT (`payout:<outflowId>`): escrow −loan, gateway +transferred amount, fees +fee;
 * - the investments CONFIRMED → HOLDING in bulk (HOLD, by the system);
 * - the repayment schedule and every investment's claims stored, counted from the business date of now
 *   (Asia/Shanghai by the clock's zone, not the server's).
 *
 * `released` (the payout FAILED before it was transferred: APPROVED → FAILED, a supervisor-approved request):
 * nothing moves. The money stays in the project's escrow and the project stays DISBURSING; the partial unique
 * index allows one live payout per project, so the supervisor makes a new one (reissuePayout), e.g. after the
 * company bound another card. A payout that was already transferred cannot be released here (the loan is
 * being repaid; a bounced transfer is corrected through reconciliation): PAYOUT_TRANSFERRED, and the whole
 * change rolls back.
 */
export const payoutOutflowHandler: OutflowKindHandler = {
  async transferred(tx, outflow, context) {
    await confirmDisbursed(tx, outflow, context);
  },
  async released(tx, outflow) {
    const project = await tx.loanProject.findUniqueOrThrow({ where: { id: projectIdOf(outflow) }, select: { status: true } });
    if (project.status !== "DISBURSING") {
      throw new DomainError("PAYOUT_TRANSFERRED", `Payout ${outflow.id} of a ${project.status} project cannot be released`);
    }
  },
};

function projectIdOf(outflow: Outflow): string {
  if (outflow.kind !== "PAYOUT" || !outflow.projectId) throw new Error(`Outflow ${outflow.id} is not a loan payout`);
  return outflow.projectId;
}

async function confirmDisbursed(tx: Tx, outflow: Outflow, { actor, clock }: OutflowChangeContext): Promise<void> {
  const projectId = projectIdOf(outflow);
  // The generic service may hand over the row as it was before the serial was written: read it back then.
  const externalSerial =
    outflow.externalSerial ??
    (await tx.outflow.findUniqueOrThrow({ where: { id: outflow.id }, select: { externalSerial: true } })).externalSerial ??
    "";
  const now = clock.now();
  await applyTransition(tx, {
    entity: "LOAN_PROJECT",
    id: projectId,
    event: { type: "CONFIRM_DISBURSED", externalSerial },
    actor,
    lockRow: true,
    data: { disbursedAt: now },
    auditData: { outflowId: outflow.id },
  });

  const project = await tx.loanProject.findUniqueOrThrow({ where: { id: projectId } });
  const loanFen = outflow.amountFen + outflow.feeFen;
  if (loanFen !== project.amountFen) {
    throw new Error(`Payout ${outflow.id}: ${outflow.amountFen} + fee ${outflow.feeFen} fen ≠ loan ${project.amountFen} fen`);
  }
  await postEntry(tx, {
    idempotencyKey: `payout:${outflow.id}`,
    kind: "PAYOUT",
    description: `Payout of loan project ${projectId}, serial ${externalSerial}`,
    postings: [
      { account: loanEscrow(projectId), amountFen: -loanFen },
      { account: platformGateway(), amountFen: outflow.amountFen },
      ...(outflow.feeFen > 0n ? [{ account: platformFees(), amountFen: outflow.feeFen }] : []),
    ],
  });

  const investments = await tx.investment.findMany({
    where: { projectId, status: "CONFIRMED" },
    select: { id: true, amountFen: true, createdAt: true },
  });
  await applyTransitionMany(tx, {
    entity: "INVESTMENT",
    ids: investments.map((inv) => inv.id),
    from: "CONFIRMED",
    event: "HOLD",
    actor: null,
    now,
  });
  await storeRepaymentSchedule(tx, project, investments, businessDateOf(now, clock.zone));
  await notifyInvestments(
    tx,
    investments.map((inv) => inv.id),
    "PROJECT_PAID_OUT",
    now,
  );
}
