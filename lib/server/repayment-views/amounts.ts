import { divRoundHalfUp } from "@/lib/domain/money";

/** Amounts of repayments to an investor, fen. net = principal + interest − fee + penalty (what reaches the wallet). */
export interface RepaymentAmounts {
  principalFen: bigint;
  /** Gross: before the platform's interest management fee. */
  interestFen: bigint;
  /** Penalty interest (罚息). */
  penaltyFen: bigint;
  /** The interest management fee, withheld (received) or expected at the current setting (upcoming). */
  feeFen: bigint;
  netFen: bigint;
}

export const NO_AMOUNTS: RepaymentAmounts = Object.freeze({ principalFen: 0n, interestFen: 0n, penaltyFen: 0n, feeFen: 0n, netFen: 0n });

export function amountsOf(parts: { principalFen: bigint; interestFen: bigint; penaltyFen?: bigint; feeFen: bigint }): RepaymentAmounts {
  const penaltyFen = parts.penaltyFen ?? 0n;
  return {
    principalFen: parts.principalFen,
    interestFen: parts.interestFen,
    penaltyFen,
    feeFen: parts.feeFen,
    netFen: parts.principalFen + parts.interestFen - parts.feeFen + penaltyFen,
  };
}

export function addAmounts(a: RepaymentAmounts, b: RepaymentAmounts): RepaymentAmounts {
  return {
    principalFen: a.principalFen + b.principalFen,
    interestFen: a.interestFen + b.interestFen,
    penaltyFen: a.penaltyFen + b.penaltyFen,
    feeFen: a.feeFen + b.feeFen,
    netFen: a.netFen + b.netFen,
  };
}

/**
 * The fee expected on interest still to come, at `managementFeeBp` (bp of interest), rounded half up. An
 * estimate: the repayment service rounds per instalment and splits the fee among the claims.
 */
export function expectedFeeFen(interestFen: bigint, managementFeeBp: number): bigint {
  return interestFen > 0n ? divRoundHalfUp(interestFen * BigInt(managementFeeBp), 10_000n) : 0n;
}
