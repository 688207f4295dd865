import type { DepositStatus } from "@/lib/generated/prisma/client";
import { type Clock, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { type GatewayOrder, GatewayUnavailableError, type PaymentGateway } from "@/lib/server/payments";
import { applyGatewayOutcome, type GatewayOutcome, type OutcomeResult } from "./apply-gateway-outcome";
import { isDepositRefusal } from "./refusal";

export interface CheckDepositStatusDeps {
  gateway: PaymentGateway;
  clock?: Clock;
}

/**
 * "Check status" (查询状态): recovers a lost notification. Asks the gateway what became of the deposit
 * (outside any transaction), then applies it through the same path as a notification (applyGatewayOutcome,
 * idempotency key `deposit:<gatewaySerial>`), so a payment told by both is credited once. A CREATED order the
 * gateway does not know (its checkout never opened) is expired once its checkout time has passed.
 *
 * `ownerId`: the deposit must be this user's (NOT_FOUND otherwise); omit for the system.
 * @throws DomainError NOT_FOUND, GATEWAY_UNAVAILABLE, DEPOSIT_NEEDS_REVIEW (the gateway's answer contradicts the
 *   platform's record — a second payment, a payment of a closed order, another amount: logged for reconciliation)
 */
export async function checkDepositStatus(
  db: Db,
  depositId: string,
  deps: CheckDepositStatusDeps,
  ownerId?: string,
): Promise<OutcomeResult> {
  const clock = deps.clock ?? getClock();
  const deposit = await db.deposit.findUnique({ where: { id: depositId }, select: { userId: true, status: true, expiresAt: true } });
  if (!deposit || (ownerId !== undefined && deposit.userId !== ownerId))
    throw new DomainError("NOT_FOUND", `Deposit ${depositId} not found`);
  // PAID is final and credited; FAILED and EXPIRED are final: nothing the gateway says changes them here.
  if (deposit.status !== "CREATED") return { effect: "UNCHANGED", status: deposit.status };

  let order: GatewayOrder | null;
  try {
    order = await deps.gateway.queryOrder(depositId);
  } catch (error) {
    if (error instanceof GatewayUnavailableError) {
      console.error(`Deposit ${depositId}: the gateway did not answer the status query`, error);
      throw new DomainError("GATEWAY_UNAVAILABLE", "The payment gateway did not answer");
    }
    throw error;
  }
  const outcome = outcomeOf(order, deposit.expiresAt, clock.now());
  if (!outcome) return { effect: "UNCHANGED", status: "CREATED" as DepositStatus };
  try {
    return await withTransaction(db, (tx) => applyGatewayOutcome(tx, depositId, outcome));
  } catch (error) {
    if (isDepositRefusal(error)) {
      console.error(`Deposit ${depositId}: status check refused (${error.reason}): ${error.message}`);
      throw new DomainError("DEPOSIT_NEEDS_REVIEW", error.message);
    }
    throw error;
  }
}

function outcomeOf(order: GatewayOrder | null, expiresAt: Date, now: Date): GatewayOutcome | null {
  if (!order) return now.getTime() >= expiresAt.getTime() ? { status: "EXPIRED" } : null;
  switch (order.status) {
    case "PAID":
      if (!order.gatewaySerial || !order.paidAt) return null;
      return {
        status: "PAID",
        amountFen: order.amountFen,
        currency: order.currency,
        gatewaySerial: order.gatewaySerial,
        paidAt: order.paidAt,
      };
    case "FAILED":
      return { status: "FAILED", amountFen: order.amountFen, currency: order.currency };
    case "EXPIRED":
      return { status: "EXPIRED" };
    default:
      return null;
  }
}
