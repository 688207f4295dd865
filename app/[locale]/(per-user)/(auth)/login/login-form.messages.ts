// The messages login-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const loginFormMessages = ["auth.email", "auth.loginButton", "auth.password"] as const;
