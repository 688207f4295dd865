// The messages company-registration-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const companyRegistrationFormMessages = [
  "auth.accountSection",
  "auth.companyName",
  "auth.companySection",
  "auth.confirmPassword",
  "auth.contactPhone",
  "auth.creditCode",
  "auth.creditCodeConfirm",
  "auth.creditCodeHint",
  "auth.email",
  "auth.industry",
  "auth.legalRepresentative",
  "auth.password",
  "auth.passwordHint",
  "auth.registerButton",
  "auth.registeredCapital",
  "auth.registeredCapitalHint",
] as const;
