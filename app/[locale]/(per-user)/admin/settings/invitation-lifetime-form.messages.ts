// The messages invitation-lifetime-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const invitationLifetimeFormMessages = ["admin.saveSettings", "invitations.lifetimeHours"] as const;
