// The messages not-found-card.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const notFoundCardMessages = ["auth.goHome", "errors.NOT_FOUND", "loans.detail.backToList"] as const;
