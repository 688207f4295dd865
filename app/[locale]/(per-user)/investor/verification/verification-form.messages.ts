// The messages verification-form.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const verificationFormMessages = [
  "investor.idNumber",
  "investor.idNumberHint",
  "investor.phone",
  "investor.realName",
  "investor.verifyButton",
] as const;
