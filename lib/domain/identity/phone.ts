import { foldIdentifier, MAX_TYPED_IDENTIFIER_LENGTH } from "@/lib/domain/text/fold-identifier";

const MOBILE = /^1[3-9]\d{9}$/;
/** Area code (3–4 digits with the trunk 0) and a 7–8 digit subscriber number, e.g. 010 12345678. */
const LANDLINE = /^0\d{9,11}$/;

export type PhoneKind = "MOBILE" | "LANDLINE";
export type PhoneCheck = { ok: true; phone: string; kind: PhoneKind } | { ok: false };

/**
 * Mainland numbers as people type them: full-width digits, spaces, hyphens and brackets are folded, and the
 * country code (+86, 0086, or 86 before an 11-digit mobile) is dropped. `phone` is what we store: the
 * 11-digit mobile number, or a landline with its trunk 0 ("+86 10 1234 5678" → "01012345678").
 */
export function checkPhone(input: string): PhoneCheck {
  if (input.length > MAX_TYPED_IDENTIFIER_LENGTH) return { ok: false };
  const folded = foldIdentifier(input).replace(/[()]/g, "");
  let national = folded;
  let international = true;
  if (folded.startsWith("+86")) national = folded.slice(3);
  else if (folded.startsWith("0086")) national = folded.slice(4);
  else if (folded.startsWith("86") && MOBILE.test(folded.slice(2))) national = folded.slice(2);
  else international = false;
  // After a country code people write "(0)10 …" or leave the trunk 0 out: both mean the same landline.
  if (international && national.startsWith("0")) national = national.slice(1);
  if (MOBILE.test(national)) return { ok: true, phone: national, kind: "MOBILE" };
  const landline = international ? `0${national}` : national;
  if (LANDLINE.test(landline)) return { ok: true, phone: landline, kind: "LANDLINE" };
  return { ok: false };
}

/** The stored 11-digit mobile number, or null when the input is not a mainland mobile number. */
export function normalizeMobilePhone(input: string): string | null {
  const result = checkPhone(input);
  return result.ok && result.kind === "MOBILE" ? result.phone : null;
}

/** Mainland mobile numbers (11 digits starting 1[3-9]) or landlines such as 010-12345678, in any typed form. */
export function isValidPhone(input: string): boolean {
  return checkPhone(input).ok;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, "");
  if (digits.length < 7) return "****";
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
