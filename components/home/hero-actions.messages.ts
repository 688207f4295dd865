// The messages hero-actions.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const heroActionsMessages = ["home.browseLoans", "site.cta"] as const;
