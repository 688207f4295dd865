/**
 * Amounts in the sandbox are decimal strings of fen (as on the wire), handled as bigint: no float ever
 * touches money, even in a stand-in.
 */

const FEN_STRING = /^[1-9][0-9]{0,17}$/;

/** True for a positive whole number of fen written without sign, leading zeros or separators. */
export function isFenString(value: string): boolean {
  return FEN_STRING.test(value);
}

/** "123456" fen → "1234.56" yuan (no separators), for CSV and JSON. */
export function fenToYuan(fen: string | bigint): string {
  const value = BigInt(fen);
  const whole = value / 100n;
  const cents = (value % 100n).toString().padStart(2, "0");
  return `${whole}.${cents}`;
}

/** "123456" fen → "¥1,234.56", for the checkout page and the console. */
export function formatYuan(fen: string | bigint): string {
  const [whole, cents] = fenToYuan(fen).split(".");
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  return `¥${groups.join(",")}.${cents}`;
}

const YUAN_INPUT = /^(\d{1,16})(?:\.(\d{1,2}))?$/;

/**
 * What customer service types in the console ("5,000", "5000.5", "５０００.00") → fen string, or null when
 * it is not a positive amount with at most two decimals.
 */
export function parseYuanInput(input: string): string | null {
  const folded = foldDigits(input).replace(/[\s,，]/g, "");
  const match = YUAN_INPUT.exec(folded);
  if (!match) return null;
  const fen = BigInt(match[1]) * 100n + BigInt((match[2] ?? "0").padEnd(2, "0"));
  return fen > 0n ? fen.toString() : null;
}

/** Full-width digits (as typed with a Chinese input method) → ASCII digits. */
export function foldDigits(input: string): string {
  return input.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}
