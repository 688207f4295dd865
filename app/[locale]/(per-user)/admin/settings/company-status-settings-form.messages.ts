// The messages company-status-settings-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const companyStatusSettingsFormMessages = ["admin.saveSettings", "companyStatus.settings.upgradeMinMonths"] as const;
