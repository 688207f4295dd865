// The messages password-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const passwordFormMessages = [
  "auth.changePassword",
  "auth.confirmPassword",
  "auth.currentPassword",
  "auth.newPassword",
  "auth.passwordHint",
] as const;
