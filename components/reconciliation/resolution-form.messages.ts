// The messages resolution-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const resolutionFormMessages = ["reconciliation"] as const;
