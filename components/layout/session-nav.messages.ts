// The messages session-nav.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const sessionNavMessages = [
  "auth.changePassword",
  "nav.admin",
  "nav.login",
  "nav.logout",
  "nav.myAccount",
  "nav.register",
  "roles",
] as const;
