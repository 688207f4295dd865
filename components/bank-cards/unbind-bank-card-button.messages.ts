// The messages unbind-bank-card-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const unbindBankCardButtonMessages = ["bankCards"] as const;
