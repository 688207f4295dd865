// The messages overdue-settings-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const overdueSettingsFormMessages = ["admin.saveSettings", "overdue.settings.graceDays", "overdue.settings.penaltyDaily"] as const;
