// The messages investor-registration-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const investorRegistrationFormMessages = [
  "auth.confirmPassword",
  "auth.email",
  "auth.password",
  "auth.passwordHint",
  "auth.registerButton",
] as const;
