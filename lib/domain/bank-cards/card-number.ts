import { foldIdentifier, MAX_TYPED_IDENTIFIER_LENGTH } from "@/lib/domain/text/fold-identifier";

/** Bank card numbers (银行卡号) are 16 to 19 digits (UnionPay debit cards are mostly 19, credit cards 16). */
export const CARD_NUMBER_MIN_DIGITS = 16;
export const CARD_NUMBER_MAX_DIGITS = 19;

export type CardNumberProblem =
  | "LENGTH" // not 16–19 characters after folding
  | "CHARSET" // a character that is not a digit
  | "LUHN"; // the check digit does not verify: a typo, or a domestic card issued before the check digit

export type CardNumberCheck = { ok: true; number: string } | { ok: false; number: string; problem: CardNumberProblem };

/** Spaces, hyphens and full-width digits folded away (lib/domain/text/fold-identifier.ts): the stored form. */
export function normalizeCardNumber(input: string): string {
  return foldIdentifier(input);
}

/** The Luhn (mod 10) check over a string of ASCII digits, check digit last. False for anything else. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Folds the input, then checks the character set, the length and, last, the Luhn check digit, so that a
 * LUHN problem means the number is otherwise well formed: the only problem the user may override by
 * confirming the number as printed on the card. `number` is the folded form either way.
 */
export function checkCardNumber(input: string): CardNumberCheck {
  if (input.length > MAX_TYPED_IDENTIFIER_LENGTH) return { ok: false, number: "", problem: "LENGTH" };
  const number = normalizeCardNumber(input);
  if (!/^\d*$/.test(number)) return { ok: false, number, problem: "CHARSET" };
  if (number.length < CARD_NUMBER_MIN_DIGITS || number.length > CARD_NUMBER_MAX_DIGITS) return { ok: false, number, problem: "LENGTH" };
  if (!luhnValid(number)) return { ok: false, number, problem: "LUHN" };
  return { ok: true, number };
}

/** The last four digits, what is kept in clear for display. */
export function cardLast4(number: string): string {
  return number.slice(-4);
}

/**
 * "**** **** **** 1234": only the last four digits, behind a fixed number of stars so the length is not
 * revealed. Accepts a whole number or just its last four; never echoes more than four digits.
 */
export function maskCardNumber(numberOrLast4: string): string {
  const last4 = numberOrLast4.replace(/\D/g, "").slice(-4).padStart(4, "*");
  return `**** **** **** ${last4}`;
}

/** A number grouped by four for CS to read out or type ("6222 0212 3456 7890 123"). */
export function groupCardNumber(number: string): string {
  return number.replace(/(\d{4})(?=\d)/g, "$1 ");
}
