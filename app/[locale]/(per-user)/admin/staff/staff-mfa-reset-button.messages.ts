// The messages staff-mfa-reset-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const staffMfaResetButtonMessages = ["mfa.resetButton", "mfa.resetConfirm"] as const;
