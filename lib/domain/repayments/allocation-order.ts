/**
 * In which order one instalment's components take a payment (issue 12: "penalty, then interest, then principal",
 * a setting). The instalments themselves are always paid oldest first.
 */
export const AllocationOrders = ["PENALTY_INTEREST_PRINCIPAL", "INTEREST_PRINCIPAL_PENALTY"] as const;
export type AllocationOrder = (typeof AllocationOrders)[number];

export type OwedComponent = "penaltyFen" | "interestFen" | "principalFen";

export const COMPONENTS_IN_ORDER: Record<AllocationOrder, readonly OwedComponent[]> = {
  PENALTY_INTEREST_PRINCIPAL: ["penaltyFen", "interestFen", "principalFen"],
  INTEREST_PRINCIPAL_PENALTY: ["interestFen", "principalFen", "penaltyFen"],
};
