// The messages investment-settings-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const investmentSettingsFormMessages = ["investing.settings"] as const;
