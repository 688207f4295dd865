// The messages mfa-enrolment.tsx uses (ClientMessages; checked by tests/unit/client-messages.test.ts).
export const mfaEnrolmentMessages = [
  "mfa.alreadyEnrolled",
  "mfa.codeLabel",
  "mfa.confirm",
  "mfa.continue",
  "mfa.enrolIntro",
  "mfa.qrAlt",
  "mfa.recoveryIntro",
  "mfa.recoveryTitle",
  "mfa.savedContinue",
  "mfa.stepConfirm",
  "mfa.stepManual",
  "mfa.stepScan",
] as const;
