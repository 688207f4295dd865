import { gatewayCorrectionFen } from "@/lib/domain/reconciliation";
import type { ReconciliationDifference, ReviewRequest } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { isUniqueViolationOf } from "@/lib/server/db/errors";
import type { Tx } from "@/lib/server/db/types";
import { applyGatewayOutcome } from "@/lib/server/deposits/apply-gateway-outcome";
import { isDepositRefusal } from "@/lib/server/deposits/refusal";
import { DomainError } from "@/lib/server/errors";
import { platformGateway, platformSuspense, postEntry } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import type { ApprovalHandler, ApprovalHandlers } from "@/lib/server/review-requests/approval-handlers";
import { matchOpenDifferences } from "./match-open-differences";

/** The idempotency key of a difference's correcting entry: one correction per difference, ever. */
export const correctionKey = (differenceId: string) => `reconciliation:${differenceId}`;

const payloadOf = (request: ReviewRequest): Record<string, unknown> =>
  request.payload !== null && typeof request.payload === "object" && !Array.isArray(request.payload)
    ? (request.payload as Record<string, unknown>)
    : {};

/** Columns every resolution writes with RESOLVED: how and when (the supervisor: `bySupervisor`). */
const resolved =
  (resolution: "APPLY_PAYMENT" | "CORRECT_SERIAL" | "POST_CORRECTION" | "EXPLAIN") => (request: ReviewRequest, now: Date) => ({
    resolution,
    resolvedAt: now,
    ...(resolution === "EXPLAIN" ? { note: String(payloadOf(request).note ?? "").trim() } : {}),
    ...(resolution === "POST_CORRECTION" ? { correctionKey: correctionKey(request.targetId) } : {}),
  });

/**
 * Records the approving supervisor on the difference (the request handed to targetData is read before the
 * decision names its checker), then runs the resolution's consequences.
 */
const bySupervisor =
  (consequences?: (tx: Tx, request: ReviewRequest) => Promise<void>): ApprovalHandler<"RECONCILIATION_DIFFERENCE">["approved"] =>
  async (tx, { request }) => {
    await tx.reconciliationDifference.update({ where: { id: request.targetId }, data: { resolvedById: request.checkerId } });
    await consequences?.(tx, request);
  };

async function differenceOf(tx: Tx, request: ReviewRequest): Promise<ReconciliationDifference> {
  return tx.reconciliationDifference.findUniqueOrThrow({ where: { id: request.targetId } });
}

/**
 * APPLY_PAYMENT: the statement's IN line is credited to the deposit order it names through the one credit path
 * of deposits (applyGatewayOutcome, key `deposit:<serial>`: idempotent with a late notification of the same
 * payment), with the line's serial, amount and time; an order EXPIRED meanwhile is paid by PAY_LATE; a
 * REPAYMENT order repays its loan. Refusals (PAYMENT_NOT_APPLICABLE { reason }): the line's amount is not the
 * order's, the order FAILED or was paid under another serial. Already credited by then: nothing more.
 */
const applyPayment: ApprovalHandler<"RECONCILIATION_DIFFERENCE"> = {
  targetData: resolved("APPLY_PAYMENT"),
  approved: bySupervisor(async (tx, request) => {
    const difference = await differenceOf(tx, request);
    if (!difference.depositId || difference.lineId === null) throw new Error(`difference ${difference.id} names no order or line`);
    const line = await tx.statementLine.findUniqueOrThrow({ where: { id: difference.lineId } });
    try {
      await applyGatewayOutcome(
        tx,
        difference.depositId,
        { status: "PAID", amountFen: line.amountFen, currency: "CNY", gatewaySerial: line.serial, paidAt: line.occurredAt },
        undefined,
        { lateFoundByReconciliation: true },
      );
    } catch (error) {
      if (isDepositRefusal(error)) {
        throw new DomainError("PAYMENT_NOT_APPLICABLE", error.message, {}, { reason: error.reason, orderNo: error.orderNo });
      }
      throw error;
    }
  }),
};

/**
 * CORRECT_SERIAL: the outflow's recorded serial becomes `newSerial` (the one on the statement). When a stored
 * OUT line has it with the outflow's amount, the outflow is RECONCILED and the paired difference (the line
 * missing on the platform) resolves by MATCH; the outflow's other open MISSING_AT_GATEWAY resolves with it.
 * A line with another amount refuses (SERIAL_AMOUNT_DIFFERS); a serial already on another outflow refuses
 * (SERIAL_ALREADY_USED); a MISSING_ON_PLATFORM difference takes only its own serial (VALIDATION).
 */
const correctSerial: ApprovalHandler<"RECONCILIATION_DIFFERENCE"> = {
  targetData: resolved("CORRECT_SERIAL"),
  approved: bySupervisor(async (tx, request) => {
    const difference = await differenceOf(tx, request);
    const newSerial = String(payloadOf(request).newSerial ?? "").trim();
    if (!difference.outflowId) throw new Error(`difference ${difference.id} names no outflow`);
    if (difference.kind === "MISSING_ON_PLATFORM" && newSerial !== difference.serial) {
      throw new DomainError("VALIDATION", "The outflow's serial can only become the serial of this statement line", {
        newSerial: ["validation.newSerialMustBeLine"],
      });
    }
    await tx.$queryRaw`SELECT 1 FROM "Outflow" WHERE "id" = ${difference.outflowId} FOR UPDATE`;
    const outflow = await tx.outflow.findUniqueOrThrow({ where: { id: difference.outflowId } });
    const line = await tx.statementLine.findFirst({ where: { serial: newSerial, occurrence: 0, direction: "OUT" } });
    if (line && line.amountFen !== outflow.amountFen) {
      throw new DomainError(
        "SERIAL_AMOUNT_DIFFERS",
        `Line ${newSerial} is ${line.amountFen} fen, outflow ${outflow.id} ${outflow.amountFen} fen`,
        {},
        { statementFen: line.amountFen.toString(), platformFen: outflow.amountFen.toString() },
      );
    }
    if (outflow.externalSerial !== newSerial) {
      try {
        await tx.outflow.update({ where: { id: outflow.id }, data: { externalSerial: newSerial } });
      } catch (error) {
        if (isUniqueViolationOf(error)) throw new DomainError("SERIAL_ALREADY_USED", `Serial ${newSerial} is on another outflow`);
        throw error;
      }
    }
    const now = getClock().now();
    // The outflow's other open difference of the same mistake (its old serial missing at the gateway).
    const others = await tx.reconciliationDifference.findMany({
      where: { outflowId: outflow.id, status: "OPEN", kind: "MISSING_AT_GATEWAY", id: { not: difference.id } },
      select: { id: true },
    });
    for (const other of others) {
      await applyTransition(tx, {
        entity: "RECONCILIATION_DIFFERENCE",
        id: other.id,
        event: "MATCH",
        actor: null,
        reason: `Serial corrected to ${newSerial} (difference ${difference.id})`,
        data: { resolution: "MATCHED", resolvedAt: now, note: `Serial corrected to ${newSerial}` },
      });
    }
    // The line missing on the platform now matches: MATCH it and reconcile the outflow.
    await matchOpenDifferences(tx, now);
    if (line && outflow.status === "TRANSFERRED") {
      const current = await tx.outflow.findUniqueOrThrow({ where: { id: outflow.id }, select: { status: true } });
      if (current.status === "TRANSFERRED")
        await applyTransition(tx, { entity: "OUTFLOW", id: outflow.id, event: "RECONCILE", actor: null });
    }
  }),
};

/**
 * POST_CORRECTION: one journal entry RECONCILIATION_CORRECTION (key `reconciliation:<differenceId>`) moving
 * platform:gateway by what the statement says beyond the platform (gatewayCorrectionFen) against
 * platform:suspense, so the gateway account agrees with the gateway. Nothing to correct refuses
 * (CORRECTION_NOT_NEEDED).
 */
const postCorrection: ApprovalHandler<"RECONCILIATION_DIFFERENCE"> = {
  targetData: resolved("POST_CORRECTION"),
  approved: bySupervisor(async (tx, request) => {
    const difference = await differenceOf(tx, request);
    const gatewayFen = gatewayCorrectionFen(difference);
    if (gatewayFen === 0n) throw new DomainError("CORRECTION_NOT_NEEDED", `Difference ${difference.id} needs no correction`);
    await postEntry(tx, {
      idempotencyKey: correctionKey(difference.id),
      kind: "RECONCILIATION_CORRECTION",
      description: `Reconciliation ${difference.kind} ${difference.serial}`,
      postings: [
        { account: platformGateway(), amountFen: gatewayFen },
        { account: platformSuspense(), amountFen: -gatewayFen },
      ],
    });
  }),
};

/** EXPLAIN: the note is kept on the difference (targetData); no money moves. */
const explain: ApprovalHandler<"RECONCILIATION_DIFFERENCE"> = { targetData: resolved("EXPLAIN"), approved: bySupervisor() };

/** Reconciliation differences' maker-checker handlers (lib/server/lifecycle/approval-handlers.ts lists them). */
export const reconciliationApprovalHandlers: ApprovalHandlers["RECONCILIATION_DIFFERENCE"] = {
  APPLY_PAYMENT: applyPayment,
  CORRECT_SERIAL: correctSerial,
  POST_CORRECTION: postCorrection,
  EXPLAIN: explain,
};
