import { foldFullWidth, MAX_NUMBER_INPUT_LENGTH, splitDecimal } from "./normalize-input";

/** Rates are integer basis points per year: 1200 = 12.00%. */
export type RateBp = number;

function assertWholeBp(bp: number): void {
  if (!Number.isSafeInteger(bp)) throw new RangeError(`Rate must be a whole number of basis points, got ${bp}`);
}

/** 1200 → "12.00%", 5 → "0.05%". Integer arithmetic, so no 0.1 + 0.2 surprises. */
export function formatRateBp(bp: RateBp): string {
  assertWholeBp(bp);
  const magnitude = Math.abs(bp);
  const whole = Math.trunc(magnitude / 100);
  const hundredths = String(magnitude % 100).padStart(2, "0");
  return `${bp < 0 ? "-" : ""}${whole}.${hundredths}%`;
}

/**
 * 850 → "8.5", 1200 → "12", 1234 → "12.34": a rate as a person would type it (no trailing zeros), which
 * parseRatePercent reads back to the same basis points.
 */
export function bpToPercentText(bp: RateBp): string {
  assertWholeBp(bp);
  const magnitude = Math.abs(bp);
  const whole = Math.trunc(magnitude / 100);
  const hundredths = magnitude % 100;
  const sign = bp < 0 ? "-" : "";
  if (hundredths === 0) return `${sign}${whole}`;
  // Two digits at most, so the trailing zero is dropped by arithmetic rather than a /0+$/ scan.
  return `${sign}${whole}.${hundredths % 10 === 0 ? hundredths / 10 : String(hundredths).padStart(2, "0")}`;
}

/** 2400 → "24%", 850 → "8.5%": for ranges and hints, where "24.00%" is noise. */
export function formatRateCompact(bp: RateBp): string {
  return `${bpToPercentText(bp)}%`;
}

export type ParseRateErrorCode = "EMPTY" | "INVALID" | "NEGATIVE" | "TOO_MANY_DECIMALS" | "TOO_LARGE" | "TOO_LONG";
export type ParseRateResult = { ok: true; bp: RateBp } | { ok: false; code: ParseRateErrorCode };

/** 100.00% a year: far above any lawful rate, so only typing slips are refused by default. */
export const DEFAULT_MAX_RATE_BP = 10_000;

/**
 * Parses a typed percentage ("12", "12.5", "12.50%", "- 12 %", full-width too) into basis points: an
 * optional minus, digits with an optional fraction, an optional %, spaces allowed between the parts.
 * Affixes are peeled off by hand (no regex with chains of optional whitespace, see issue 7), and input
 * longer than MAX_NUMBER_INPUT_LENGTH is refused (TOO_LONG) before it is looked at.
 */
export function parseRatePercent(input: string, maxBp: RateBp = DEFAULT_MAX_RATE_BP): ParseRateResult {
  if (input.length > MAX_NUMBER_INPUT_LENGTH) return { ok: false, code: "TOO_LONG" };
  const text = foldFullWidth(input).trim();
  if (text === "") return { ok: false, code: "EMPTY" };
  let rest = text;
  const negative = rest.startsWith("-");
  if (negative) rest = rest.slice(1).trimStart();
  if (rest.endsWith("%")) rest = rest.slice(0, -1).trimEnd();
  const parts = splitDecimal(rest, { grouping: false });
  if (!parts) return { ok: false, code: "INVALID" };
  const { int, frac } = parts;
  if (negative) return { ok: false, code: "NEGATIVE" };
  if (/[1-9]/.test(frac.slice(2))) return { ok: false, code: "TOO_MANY_DECIMALS" };
  // Compare as bigint so a pasted 30-digit number cannot lose precision before the size check.
  const bp = BigInt(int || "0") * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (bp > BigInt(maxBp)) return { ok: false, code: "TOO_LARGE" };
  return { ok: true, bp: Number(bp) };
}
