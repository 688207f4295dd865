// The full-width folding of money input, shared so that identifiers and amounts fold the same way.
import { foldFullWidth } from "@/lib/domain/money/normalize-input";

/**
 * Spaces of every kind (ASCII, no-break, ideographic U+3000, thin, zero-width, BOM) and every hyphen or
 * dash (U+002D, U+00AD soft hyphen, U+2010–U+2015, U+2212 minus, U+FE58, U+FE63, U+FF0D and the rest of
 * Unicode's "Pd" category). People group identifiers with them ("1101 0119…", "138-1234-5678") and Chinese
 * input methods type the full-width or typographic forms; none of them is ever part of an identifier.
 * One character class, no quantifier nesting: linear on any input.
 */
const SEPARATORS = /[\s\p{Pd}\u00ad\u2212\u200b-\u200d\u2060\ufeff]/gu;

/**
 * The longest typed identifier worth reading, in UTF-16 code units: an 18-character number with a separator
 * between every two characters and a +86 prefix stays far below it. Validators refuse longer input before
 * folding it, so a pasted page of text costs nothing.
 */
export const MAX_TYPED_IDENTIFIER_LENGTH = 64;

/**
 * The one folding step before an identifier (resident ID number, unified social credit code, phone, bank
 * card number) is validated or stored: full-width letters and digits become ASCII (as money input already
 * does), separators are removed and letters upper-cased, so "１１０１０１ １９９０ ０３０７ ４４７ｘ" and
 * "110101199003074477X" are the same number. Idempotent: folding a folded value changes nothing.
 */
export function foldIdentifier(input: string): string {
  return foldFullWidth(input).replace(SEPARATORS, "").toUpperCase();
}
