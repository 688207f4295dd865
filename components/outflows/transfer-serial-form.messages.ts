// The messages transfer-serial-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const transferSerialFormMessages = ["outflows"] as const;
