// The messages loan-request-actions.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const loanRequestActionsMessages = [
  "loanRequests.confirmSubmit",
  "loanRequests.confirmWithdraw",
  "loanRequests.submit",
  "loanRequests.withdraw",
] as const;
