// The messages loan-limits-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const loanLimitsFormMessages = ["admin"] as const;
