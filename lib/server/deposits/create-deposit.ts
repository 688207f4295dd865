import { DEPOSIT_CHECKOUT_MS, MAX_DEPOSIT_FEN, MIN_DEPOSIT_FEN } from "@/lib/domain/deposits/deposit-rules";
import { fenToYuanString } from "@/lib/domain/money";
import { mayDeposit } from "@/lib/domain/permissions";
import { type Clock, getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { DomainError } from "@/lib/server/errors";
import { GatewayUnavailableError, type PaymentGateway } from "@/lib/server/payments";

export interface CreateDepositInput {
  userId: string;
  /** Integer fen, MIN_DEPOSIT_FEN..MAX_DEPOSIT_FEN. */
  amountFen: bigint;
  /**
   * A repayment through checkout (purpose REPAYMENT): the loan project it repays, applied when the deposit is
   * credited (lib/server/repayments/repay-from-checkout.ts). The caller has checked the project is the user's.
   */
  repaysProjectId?: string;
}

export interface CreateDepositDeps {
  gateway: PaymentGateway;
  clock?: Clock;
  /** The page the gateway sends the user back to for order `orderNo` (absolute URL, from APP_URL). */
  returnUrl: (orderNo: string) => string;
}

export interface CreatedDeposit {
  depositId: string;
  /** The gateway's hosted checkout: send the user's browser there. */
  checkoutUrl: string;
}

/**
 * Opens a deposit (充值) for the user: a CREATED Deposit whose checkout closes at now + DEPOSIT_CHECKOUT_MS,
 * committed first, then the gateway's checkout for it (outside any transaction: an HTTP call must not hold
 * one open, and the gateway must never know an order the database does not). The deposit's id is the
 * gateway's orderNo, and the gateway order expires at the deposit's `expiresAt`.
 *
 * @throws DomainError VALIDATION (amount below ¥1 or above the cap: fieldErrors.amount, params { min, max }
 *   in yuan), DEPOSIT_NOT_ALLOWED (not a verified investor or company), GATEWAY_UNAVAILABLE (the checkout could
 *   not be opened; the order stays CREATED and expires unpaid)
 */
export async function createDeposit(db: Db, input: CreateDepositInput, deps: CreateDepositDeps): Promise<CreatedDeposit> {
  const clock = deps.clock ?? getClock();
  assertAmount(input.amountFen);
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { role: true, investorProfile: { select: { verifiedAt: true } }, company: { select: { status: true } } },
  });
  if (!user || !mayDeposit(user, { investorVerifiedAt: user.investorProfile?.verifiedAt ?? null, companyStatus: user.company?.status })) {
    throw new DomainError("DEPOSIT_NOT_ALLOWED", `User ${input.userId} may not deposit`);
  }

  const expiresAt = new Date(clock.now().getTime() + DEPOSIT_CHECKOUT_MS);
  const repaysProjectId = input.repaysProjectId ?? null;
  const deposit = await db.deposit.create({
    data: {
      userId: input.userId,
      amountFen: input.amountFen,
      expiresAt,
      ...(repaysProjectId ? { purpose: "REPAYMENT", projectId: repaysProjectId } : {}),
    },
  });
  try {
    const session = await deps.gateway.createCheckout({
      orderNo: deposit.id,
      purpose: repaysProjectId ? "REPAYMENT" : "DEPOSIT",
      amountFen: deposit.amountFen,
      userId: input.userId,
      returnUrl: deps.returnUrl(deposit.id),
      expiresAt,
    });
    return { depositId: deposit.id, checkoutUrl: session.checkoutUrl };
  } catch (error) {
    if (error instanceof GatewayUnavailableError) {
      console.error(`Deposit ${deposit.id}: the gateway did not open a checkout`, error);
      throw new DomainError("GATEWAY_UNAVAILABLE", "The payment gateway did not answer");
    }
    throw error;
  }
}

function assertAmount(amountFen: bigint): void {
  const params = { min: fenToYuanString(MIN_DEPOSIT_FEN), max: fenToYuanString(MAX_DEPOSIT_FEN) };
  if (amountFen < MIN_DEPOSIT_FEN)
    throw new DomainError("VALIDATION", "Deposit below the minimum", { amount: ["validation.depositTooSmall"] }, params);
  if (amountFen > MAX_DEPOSIT_FEN)
    throw new DomainError("VALIDATION", "Deposit above the maximum", { amount: ["validation.depositTooLarge"] }, params);
}
