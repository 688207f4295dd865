import { foldFullWidth, MAX_NUMBER_INPUT_LENGTH, splitDecimal } from "./normalize-input";

/** Error codes double as i18n keys: the UI translates them, so keep them stable. */
export type ParseMoneyErrorCode = "EMPTY" | "INVALID" | "NEGATIVE" | "TOO_MANY_DECIMALS" | "TOO_LARGE" | "ZERO" | "TOO_LONG";

export type ParseMoneyResult = { ok: true; fen: bigint } | { ok: false; code: ParseMoneyErrorCode };

export interface ParseMoneyOptions {
  /** Largest accepted amount, inclusive. Default 10^12 fen (10 billion yuan). */
  maxFen?: bigint;
  /** Whether 0 is accepted. Default true; pass false to get the "ZERO" code instead. */
  allowZero?: boolean;
}

export const DEFAULT_MAX_FEN = 10n ** 12n;

/**
 * Grammar (after folding full-width characters and trimming): an optional minus, an optional ¥, an
 * optional minus again (people write both "-¥5" and "¥-5"), then correctly grouped digits ("1,234,567")
 * or plain digits, an optional fraction and an optional 元, with spaces allowed between the parts.
 * Read by peeling the affixes off both ends, then splitting the number (see splitDecimal): no regex with
 * chains of optional whitespace, which backtracked super-linearly on long runs of spaces (issue 7).
 */
function readAmount(text: string): { sign1: boolean; sign2: boolean; int: string; frac: string } | null {
  let rest = text;
  const sign1 = rest.startsWith("-");
  if (sign1) rest = rest.slice(1).trimStart();
  if (rest.startsWith("\u00a5")) rest = rest.slice(1).trimStart();
  const sign2 = rest.startsWith("-");
  if (sign2) rest = rest.slice(1).trimStart();
  if (rest.endsWith("元")) rest = rest.slice(0, -1).trimEnd();
  const parts = splitDecimal(rest, { grouping: true });
  return parts && { sign1, sign2, ...parts };
}

/**
 * Parses what a person typed into an amount of fen. Never goes through floating point. Input longer
 * than MAX_NUMBER_INPUT_LENGTH is refused (TOO_LONG) before it is looked at.
 */
export function parseMoney(input: string, options: ParseMoneyOptions = {}): ParseMoneyResult {
  const { maxFen = DEFAULT_MAX_FEN, allowZero = true } = options;
  if (input.length > MAX_NUMBER_INPUT_LENGTH) return { ok: false, code: "TOO_LONG" };
  const text = foldFullWidth(input).trim();
  if (text === "") return { ok: false, code: "EMPTY" };

  const amount = readAmount(text);
  if (!amount) return { ok: false, code: "INVALID" };
  const { sign1, sign2, int, frac } = amount;
  if (sign1 && sign2) return { ok: false, code: "INVALID" };
  if (sign1 || sign2) return { ok: false, code: "NEGATIVE" };
  // "1.230" is exact, so trailing zeros beyond the fen are accepted; "1.234" would need rounding.
  if (/[1-9]/.test(frac.slice(2))) return { ok: false, code: "TOO_MANY_DECIMALS" };

  const yuan = BigInt(int || "0");
  const fen = yuan * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (fen > maxFen) return { ok: false, code: "TOO_LARGE" };
  if (fen === 0n && !allowZero) return { ok: false, code: "ZERO" };
  return { ok: true, fen };
}
