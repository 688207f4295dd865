import { defineEntity } from "@/lib/server/transitions/define-entity";

/**
 * Outflow (提现, 放款) transitions: no guard fact from the database yet. Moved in bulk by reconciliation
 * (RECONCILE of every matched TRANSFERRED outflow of a statement, lib/server/reconciliation), whose event reads no fact.
 */
export const outflowEntity = defineEntity("OUTFLOW", {
  table: "Outflow",
  rows: (tx) => tx.outflow,
  bulk: { statusType: "OutflowStatus", groupFacts: async () => ({}) },
});
