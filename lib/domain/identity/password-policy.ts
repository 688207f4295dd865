import { isCommonPassword } from "./common-passwords";

// OWASP ASVS: at least 8 characters, long passphrases allowed, no composition rules, no common passwords.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "COMMON";

export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "TOO_SHORT";
  if (length > PASSWORD_MAX_LENGTH) return "TOO_LONG";
  if (isCommonPassword(password)) return "COMMON";
  const localPart = context.email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase() === localPart) return "COMMON";
  return null;
}
