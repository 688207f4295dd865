// The messages logged-out-notice.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const loggedOutNoticeMessages = ["auth.loggedOut"] as const;
