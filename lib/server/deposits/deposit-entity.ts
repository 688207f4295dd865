import { defineEntity } from "@/lib/server/transitions/define-entity";

/** Deposit (充值) transitions: the order's amount is a guard fact. */
export const depositEntity = defineEntity("DEPOSIT", {
  table: "Deposit",
  rows: (tx) => tx.deposit,
  facts: async (_tx, row) => ({ amountFen: row.amountFen }),
});
