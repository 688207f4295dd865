import { foldFullWidth } from "./normalize-input";

/** Error codes double as i18n keys: the UI translates them, so keep them stable. */
export type ParseMoneyErrorCode = "EMPTY" | "INVALID" | "NEGATIVE" | "TOO_MANY_DECIMALS" | "TOO_LARGE" | "ZERO";

export type ParseMoneyResult = { ok: true; fen: bigint } | { ok: false; code: ParseMoneyErrorCode };

export interface ParseMoneyOptions {
  /** Largest accepted amount, inclusive. Default 10^12 fen (10 billion yuan). */
  maxFen?: bigint;
  /** Whether 0 is accepted. Default true; pass false to get the "ZERO" code instead. */
  allowZero?: boolean;
}

export const DEFAULT_MAX_FEN = 10n ** 12n;

/**
 * Optional minus, optional ¥, optional minus again (people write both "-¥5" and "¥-5"), then either
 * correctly grouped digits ("1,234,567") or plain digits, an optional fraction and an optional 元.
 * Commas must sit every three digits: "12,34" is refused rather than guessed, because in many locales
 * it means 12.34 and silently reading 1234 would move a hundred times the money.
 */
const MONEY_PATTERN = /^(?<sign1>-?)\s*¥?\s*(?<sign2>-?)\s*(?<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?<frac>\d*))?\s*元?$/u;

/** Parses what a person typed into an amount of fen. Never goes through floating point. */
export function parseMoney(input: string, options: ParseMoneyOptions = {}): ParseMoneyResult {
  const { maxFen = DEFAULT_MAX_FEN, allowZero = true } = options;
  const text = foldFullWidth(input).trim();
  if (text === "") return { ok: false, code: "EMPTY" };

  const match = MONEY_PATTERN.exec(text);
  const groups = match?.groups;
  if (!groups) return { ok: false, code: "INVALID" };
  const { sign1, sign2, int } = groups;
  const frac = groups.frac ?? "";
  if (int === "" && frac === "") return { ok: false, code: "INVALID" };
  if (sign1 && sign2) return { ok: false, code: "INVALID" };
  if (sign1 || sign2) return { ok: false, code: "NEGATIVE" };
  // "1.230" is exact, so trailing zeros beyond the fen are accepted; "1.234" would need rounding.
  if (/[1-9]/.test(frac.slice(2))) return { ok: false, code: "TOO_MANY_DECIMALS" };

  const yuan = BigInt(int.replaceAll(",", "") || "0");
  const fen = yuan * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (fen > maxFen) return { ok: false, code: "TOO_LARGE" };
  if (fen === 0n && !allowZero) return { ok: false, code: "ZERO" };
  return { ok: true, fen };
}
