import { defineEntity } from "@/lib/server/transitions/define-entity";

/**
 * Reconciliation difference (对账差异) transitions: the guards read what the difference is about (its kind,
 * direction, and the deposit order or outflow it is linked to), always from the row.
 */
export const reconciliationDifferenceEntity = defineEntity("RECONCILIATION_DIFFERENCE", {
  table: "ReconciliationDifference",
  rows: (tx) => tx.reconciliationDifference,
  facts: async (_tx, row) => ({ kind: row.kind, direction: row.direction, depositId: row.depositId, outflowId: row.outflowId }),
});
