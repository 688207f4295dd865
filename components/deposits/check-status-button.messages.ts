// The messages check-status-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const checkStatusButtonMessages = ["deposits.checkStatus", "deposits.checking"] as const;
