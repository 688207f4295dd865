// The messages activation-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const activationFormMessages = ["auth.confirmPassword", "auth.password", "auth.passwordHint", "invitations.activateButton"] as const;
