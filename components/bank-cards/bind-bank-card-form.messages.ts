// The messages bind-bank-card-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const bindBankCardFormMessages = ["bankCards"] as const;
