// The messages reveal-card-button.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const revealCardButtonMessages = ["outflows"] as const;
