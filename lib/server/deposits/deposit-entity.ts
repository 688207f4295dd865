import { defineEntity } from "@/lib/server/transitions/define-entity";

/** Deposit (充值) transitions: the order's amount (PAY) and its checkout's expiry (EXPIRE) are guard facts. */
export const depositEntity = defineEntity("DEPOSIT", {
  table: "Deposit",
  rows: (tx) => tx.deposit,
  facts: async (_tx, row) => ({ amountFen: row.amountFen, expiresAt: row.expiresAt }),
});
