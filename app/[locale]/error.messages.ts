// The messages error.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const errorPageMessages = [
  "auth.goHome",
  "common.errorBody",
  "common.errorReference",
  "common.errorTitle",
  "common.tryAgain",
] as const;
