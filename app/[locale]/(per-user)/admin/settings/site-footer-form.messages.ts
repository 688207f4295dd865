// The messages site-footer-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const siteFooterFormMessages = ["site.settings"] as const;
