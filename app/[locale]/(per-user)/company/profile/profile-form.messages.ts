// The messages profile-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const profileFormMessages = [
  "company.address",
  "company.contactPhone",
  "company.description",
  "company.industry",
  "company.saveProfile",
] as const;
