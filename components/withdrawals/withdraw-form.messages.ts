// The messages withdraw-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const withdrawFormMessages = ["withdrawals"] as const;
