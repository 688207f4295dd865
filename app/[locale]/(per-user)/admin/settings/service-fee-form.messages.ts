// The messages service-fee-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const serviceFeeFormMessages = ["admin.saveSettings", "disbursement.settingsField"] as const;
