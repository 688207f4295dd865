// The messages submit-verification-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const submitVerificationButtonMessages = ["company.confirmSubmitVerification", "company.submitVerification"] as const;
