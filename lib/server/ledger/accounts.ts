import { LedgerAccountKind } from "@/lib/generated/prisma/client";

/**
 * A ledger account named by its stable natural key. Accounts are created on first use (`ensureAccount`,
 * or implicitly by `postEntry`), so callers never need to know whether one exists yet.
 */
export interface AccountSpec {
  code: string;
  kind: LedgerAccountKind;
  userId?: string;
  projectId?: string;
}

/** A user's spendable wallet balance. */
export const userAvailable = (userId: string): AccountSpec => ({
  code: `user:${userId}:available`,
  kind: LedgerAccountKind.USER_AVAILABLE,
  userId,
});

/** A user's frozen funds: pending investments and withdrawals under review. */
export const userFrozen = (userId: string): AccountSpec => ({
  code: `user:${userId}:frozen`,
  kind: LedgerAccountKind.USER_FROZEN,
  userId,
});

/** Money raised for one loan project, held until it is paid out or refunded. */
export const loanEscrow = (projectId: string): AccountSpec => ({
  code: `loan:${projectId}:escrow`,
  kind: LedgerAccountKind.LOAN_ESCROW,
  projectId,
});

/**
 * The platform's boundary with the payment gateway (custodial account). A deposit posts gateway −X and
 * the wallet +X, so minus its balance is the money held inside the platform; it alone may be negative.
 */
export const platformGateway = (): AccountSpec => ({
  code: "platform:gateway",
  kind: LedgerAccountKind.PLATFORM_GATEWAY,
});

/** Fees the platform earned. */
export const platformFees = (): AccountSpec => ({
  code: "platform:fees",
  kind: LedgerAccountKind.PLATFORM_FEES,
});

/**
 * Reconciliation's corrections (对账调整, docs/domain/reconciliation.md#ledger): the other side of an entry that
 * brings platform:gateway to what the gateway's statement says. Positive: money the gateway holds that no user
 * owns yet; negative: money the gateway paid out beyond the platform's records, owed back. Like the gateway
 * account, it may be negative (LedgerAccount_balance_not_negative); it counts as money inside the platform.
 */
export const platformSuspense = (): AccountSpec => ({
  code: "platform:suspense",
  kind: LedgerAccountKind.PLATFORM_SUSPENSE,
});
