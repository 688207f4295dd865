import { depositCreditKey } from "@/lib/domain/deposits/deposit-rules";
import type { DepositStatus } from "@/lib/generated/prisma/client";
import { getClock } from "@/lib/server/clock";
import { isUniqueViolationOf } from "@/lib/server/db/errors";
import type { Tx } from "@/lib/server/db/types";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { notifyDeposit } from "@/lib/server/notifications/events";
import type { CheckoutPurpose } from "@/lib/server/payments";
import { lockProjectRow, repayFromCheckout } from "@/lib/server/repayments/repay-from-checkout";
import { DepositRefusedError } from "./refusal";

/** What the gateway says became of a deposit order: from a verified notification or from "check status". */
export type GatewayOutcome =
  | { status: "PAID"; amountFen: bigint; currency: string; gatewaySerial: string; paidAt: Date }
  | { status: "FAILED"; amountFen: bigint; currency: string }
  | { status: "EXPIRED" };

/**
 * What the platform did: CREDITED (PAY + the wallet credit, now), FAILED or EXPIRED (closed now), or
 * UNCHANGED (already in that state: a duplicate, or a failure reported after the payment) — with the
 * deposit's status afterwards.
 */
export interface OutcomeResult {
  effect: "CREDITED" | "FAILED" | "EXPIRED" | "UNCHANGED";
  status: DepositStatus;
}

/**
 * Applies the gateway's word on deposit `orderNo` inside the caller's transaction: the one credit path of
 * deposits, shared by the webhook and "check status", so both post under the same idempotency key
 * (`deposit:<gatewaySerial>`) and a payment is credited exactly once however many times and ways it is told.
 *
 * The deposit row is locked first (`SELECT … FOR UPDATE`): two notifications of one order at the same moment
 * queue on it, and the second sees the first's outcome (READ COMMITTED reads the committed row after the wait).
 * PAID on a CREATED order: PAY (guard: amount equals the order's, serial present) with { gatewaySerial, paidAt },
 * then postEntry DEPOSIT (platformGateway −X, userAvailable +X); a REPAYMENT order then repays its project for
 * min(X, what may be paid now) in the same transaction, the rest staying in the wallet (repayFromCheckout).
 * `purpose` (a notification's) must match the order's, else UNKNOWN_ORDER. FAILED: FAIL. EXPIRED: EXPIRE (guard: the
 * order's checkout has expired on our clock). Same serial on a PAID order, a failure after a payment, or an
 * outcome already applied: UNCHANGED.
 *
 * `options.lateFoundByReconciliation` (only the approval of a reconciliation difference, APPLY_PAYMENT): a payment
 * of an order the platform already EXPIRED is credited too, by the deposit machine's PAY_LATE, under the same
 * idempotency key (docs/domain/reconciliation.md#late-payments); without it such a payment is ORDER_CLOSED.
 *
 * @throws DepositRefusedError UNKNOWN_ORDER, AMOUNT_MISMATCH, CURRENCY_MISMATCH, SERIAL_CONFLICT, ORDER_CLOSED
 *   (nothing applied: let it roll the transaction back)
 */
export async function applyGatewayOutcome(
  tx: Tx,
  orderNo: string,
  outcome: GatewayOutcome,
  purpose?: CheckoutPurpose,
  options: { lateFoundByReconciliation?: boolean } = {},
): Promise<OutcomeResult> {
  await tx.$queryRaw`SELECT 1 FROM "Deposit" WHERE "id" = ${orderNo} FOR UPDATE`;
  const deposit = await tx.deposit.findUnique({ where: { id: orderNo } });
  if (!deposit) throw new DepositRefusedError("UNKNOWN_ORDER", orderNo, `No deposit order ${orderNo}`);
  // The notification names what the order was opened for; an order of the other kind is not the one it means.
  if (purpose !== undefined && purpose !== (deposit.purpose === "REPAYMENT" ? "REPAYMENT" : "DEPOSIT")) {
    throw new DepositRefusedError("UNKNOWN_ORDER", orderNo, `No ${purpose} order ${orderNo}`);
  }
  if (outcome.status !== "EXPIRED") {
    if (outcome.currency !== "CNY") {
      throw new DepositRefusedError("CURRENCY_MISMATCH", orderNo, `Deposit ${orderNo} is in CNY, the gateway says ${outcome.currency}`);
    }
    if (outcome.amountFen !== deposit.amountFen) {
      throw new DepositRefusedError(
        "AMOUNT_MISMATCH",
        orderNo,
        `Deposit ${orderNo} is ${deposit.amountFen} fen, the gateway says ${outcome.amountFen} fen`,
      );
    }
  }
  const unchanged: OutcomeResult = { effect: "UNCHANGED", status: deposit.status };

  if (outcome.status === "PAID") {
    if (deposit.status === "PAID") {
      if (deposit.gatewaySerial === outcome.gatewaySerial) return unchanged;
      throw new DepositRefusedError(
        "SERIAL_CONFLICT",
        orderNo,
        `Deposit ${orderNo} was paid under serial ${deposit.gatewaySerial}; the gateway reports another payment ${outcome.gatewaySerial}`,
      );
    }
    const late = options.lateFoundByReconciliation === true && deposit.status === "EXPIRED";
    if (deposit.status !== "CREATED" && !late) {
      throw new DepositRefusedError("ORDER_CLOSED", orderNo, `Deposit ${orderNo} is ${deposit.status}; the gateway reports it paid`);
    }
    const other = await tx.deposit.findUnique({ where: { gatewaySerial: outcome.gatewaySerial }, select: { id: true } });
    if (other) {
      throw new DepositRefusedError("SERIAL_CONFLICT", orderNo, `Serial ${outcome.gatewaySerial} already paid deposit ${other.id}`);
    }
    try {
      await applyTransition(tx, {
        entity: "DEPOSIT",
        id: deposit.id,
        event: { type: late ? "PAY_LATE" : "PAY", paidFen: outcome.amountFen, gatewaySerial: outcome.gatewaySerial },
        actor: null,
        data: { gatewaySerial: outcome.gatewaySerial, paidAt: outcome.paidAt },
      });
    } catch (error) {
      // Another order took the serial between our check and our write (a gateway fault, never a user's).
      if (isUniqueViolationOf(error)) {
        throw new DepositRefusedError("SERIAL_CONFLICT", orderNo, `Serial ${outcome.gatewaySerial} already paid another deposit`);
      }
      throw error;
    }
    // A repayment locks its project before any ledger account (the repayments' lock order), so it cannot
    // deadlock with a wallet repayment of the same project.
    if (deposit.projectId) await lockProjectRow(tx, deposit.projectId);
    await postEntry(tx, {
      idempotencyKey: depositCreditKey(outcome.gatewaySerial),
      kind: "DEPOSIT",
      description: `Deposit ${deposit.id}`,
      postings: [
        { account: platformGateway(), amountFen: -deposit.amountFen },
        { account: userAvailable(deposit.userId), amountFen: deposit.amountFen },
      ],
    });
    await notifyDeposit(tx, deposit.id, "DEPOSIT_CREDITED", getClock().now());
    if (deposit.purpose === "REPAYMENT") await repayFromCheckout(tx, deposit);
    return { effect: "CREDITED", status: "PAID" };
  }

  if (deposit.status !== "CREATED") return unchanged;
  const now = getClock().now();
  // The gateway's clock ahead of ours: the order stays CREATED until our clock agrees it has expired.
  if (outcome.status === "EXPIRED" && now.getTime() < deposit.expiresAt.getTime()) return unchanged;
  const event = outcome.status === "FAILED" ? "FAIL" : "EXPIRE";
  await applyTransition(tx, { entity: "DEPOSIT", id: deposit.id, event, actor: null, data: { closedAt: now } });
  await notifyDeposit(tx, deposit.id, event === "FAIL" ? "DEPOSIT_FAILED" : "DEPOSIT_EXPIRED", now);
  return { effect: outcome.status, status: outcome.status };
}
