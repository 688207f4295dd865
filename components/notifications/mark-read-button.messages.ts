// The messages mark-read-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const markReadButtonMessages = ["notifications"] as const;
