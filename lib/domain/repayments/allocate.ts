import { type AllocationOrder, COMPONENTS_IN_ORDER } from "./allocation-order";

/** What one instalment owes now, per component, fen (each ≥ 0). */
export interface OwedParts {
  principalFen: bigint;
  interestFen: bigint;
  penaltyFen: bigint;
}

export interface OwedInstalment extends OwedParts {
  id: string;
}

export interface InstalmentAllocation extends OwedParts {
  instalmentId: string;
}

export const ZERO_PARTS: OwedParts = Object.freeze({ principalFen: 0n, interestFen: 0n, penaltyFen: 0n });

export const sumParts = (parts: OwedParts): bigint => parts.principalFen + parts.interestFen + parts.penaltyFen;

/**
 * Spreads a payment of `amountFen` over `instalments` (oldest first, as given): each instalment is paid in full
 * before the next gets anything, and within one the components are paid in `order`. Instalments that get
 * nothing are left out, so the allocations sum exactly to the amount.
 *
 * @throws RangeError when the amount is not positive or exceeds everything the instalments owe (the service
 *   checks first and refuses with a DomainError; this is the last line).
 */
export function allocateRepayment(
  amountFen: bigint,
  instalments: readonly OwedInstalment[],
  order: AllocationOrder,
): InstalmentAllocation[] {
  if (amountFen <= 0n) throw new RangeError("amountFen must be positive");
  const components = COMPONENTS_IN_ORDER[order];
  let left = amountFen;
  const allocations: InstalmentAllocation[] = [];
  for (const instalment of instalments) {
    if (left === 0n) break;
    const allocation: InstalmentAllocation = { instalmentId: instalment.id, ...ZERO_PARTS };
    for (const component of components) {
      const owed = instalment[component];
      if (owed < 0n) throw new RangeError(`instalment ${instalment.id} owes a negative ${component}`);
      const paid = owed < left ? owed : left;
      allocation[component] = paid;
      left -= paid;
    }
    if (sumParts(allocation) > 0n) allocations.push(allocation);
  }
  if (left > 0n) throw new RangeError(`amountFen exceeds what the instalments owe by ${left} fen`);
  return allocations;
}
