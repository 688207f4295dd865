// The messages viewer-call-to-action.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const viewerCallToActionMessages = ["site.cta"] as const;
