// The messages deposit-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const depositFormMessages = [
  "deposits.amount",
  "deposits.amountHint",
  "deposits.submit",
  "deposits.submitting",
  "deposits.redirecting",
  "deposits.redirectLink",
] as const;
