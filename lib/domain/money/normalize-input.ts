/**
 * Chinese input methods often type full-width characters (１２３４．５６, "，", "￥"). Users cannot see the
 * difference, so every parser of typed numbers first folds them to their ASCII equivalents.
 */
const FULL_WIDTH_OFFSET = 0xfee0; // U+FF01..U+FF5E mirror ASCII U+0021..U+007E

/**
 * Longest typed amount or rate the parsers read, in UTF-16 code units, before any other work. Nothing
 * valid comes close ("¥10,000,000,000.00 元" is 20), and a bound keeps a pasted page of text cheap.
 */
export const MAX_NUMBER_INPUT_LENGTH = 40;

export function foldFullWidth(input: string): string {
  let out = "";
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    else if (ch === "\u3000")
      out += " "; // ideographic space
    else if (ch === "\uffe5")
      out += "\u00a5"; // full-width yen sign ￥ → ¥
    else if (ch === "\u2212")
      out += "-"; // typographic minus sign
    else out += ch;
  }
  return out;
}

export interface DecimalParts {
  /** Digits before the point, commas removed; "" when none were typed (".5"). */
  int: string;
  /** Digits after the point; "" when there is no point or nothing after it ("7."). */
  frac: string;
}

const DIGITS = /^\d*$/;
/** "1,234,567": one to three digits, then groups of exactly three. */
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Splits an unsigned decimal such as "1,234.56", "12.", ".5" or "0007" into its digit strings, or null
 * when it is not one (two points, letters, misplaced commas, no digit at all). Commas are accepted only
 * when `grouping` is set and they sit every three digits: "12,34" means 12.34 in many locales, so it is
 * refused rather than guessed. Linear time: one split and two anchored patterns without nested quantifiers.
 */
export function splitDecimal(text: string, { grouping }: { grouping: boolean }): DecimalParts | null {
  const point = text.indexOf(".");
  const intText = point < 0 ? text : text.slice(0, point);
  const frac = point < 0 ? "" : text.slice(point + 1);
  if (!DIGITS.test(frac)) return null;
  let int: string;
  if (DIGITS.test(intText)) int = intText;
  else if (grouping && GROUPED_DIGITS.test(intText)) int = intText.replaceAll(",", "");
  else return null;
  if (int === "" && frac === "") return null;
  return { int, frac };
}
