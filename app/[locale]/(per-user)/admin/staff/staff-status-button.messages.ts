// The messages staff-status-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const staffStatusButtonMessages = ["admin.confirmDisable", "admin.disable", "admin.enable"] as const;
