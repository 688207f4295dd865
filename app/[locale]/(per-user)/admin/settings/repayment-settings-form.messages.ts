// The messages repayment-settings-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const repaymentSettingsFormMessages = [
  "admin.saveSettings",
  "repayments.settings.managementFee",
  "repayments.settings.managementFeeHint",
  "repayments.settings.allocationOrder",
  "repayments.settings.orders",
] as const;
