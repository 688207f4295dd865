// The messages mfa-verify-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const mfaVerifyFormMessages = ["mfa.verifyButton", "mfa.verifyCodeHint", "mfa.verifyCodeLabel"] as const;
