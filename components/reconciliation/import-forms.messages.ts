// The messages import-forms.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const importFormsMessages = ["reconciliation"] as const;
