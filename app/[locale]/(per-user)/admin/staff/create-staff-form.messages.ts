// The messages create-staff-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const createStaffFormMessages = [
  "admin.displayName",
  "admin.role",
  "auth.email",
  "invitations.createIntro",
  "invitations.invite",
  "invitations.sentTo",
  "roles",
  "subject.choose",
] as const;
