// The messages invest-panel.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const investPanelMessages = ["investing.form", "site.cta"] as const;
