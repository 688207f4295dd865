import { foldFullWidth } from "./normalize-input";

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

export type ParseRateErrorCode = "EMPTY" | "INVALID" | "NEGATIVE" | "TOO_MANY_DECIMALS" | "TOO_LARGE";
export type ParseRateResult = { ok: true; bp: RateBp } | { ok: false; code: ParseRateErrorCode };

/** 100.00% a year: far above any lawful rate, so only typing slips are refused by default. */
export const DEFAULT_MAX_RATE_BP = 10_000;

const RATE_PATTERN = /^(?<sign>-?)\s*(?<int>\d*)(?:\.(?<frac>\d*))?\s*%?$/;

/** Parses a typed percentage ("12", "12.5", "12.50%", full-width too) into basis points. */
export function parseRatePercent(input: string, maxBp: RateBp = DEFAULT_MAX_RATE_BP): ParseRateResult {
  const text = foldFullWidth(input).trim();
  if (text === "") return { ok: false, code: "EMPTY" };
  const groups = RATE_PATTERN.exec(text)?.groups;
  if (!groups) return { ok: false, code: "INVALID" };
  const frac = groups.frac ?? "";
  if (groups.int === "" && frac === "") return { ok: false, code: "INVALID" };
  if (groups.sign) return { ok: false, code: "NEGATIVE" };
  if (/[1-9]/.test(frac.slice(2))) return { ok: false, code: "TOO_MANY_DECIMALS" };
  // Compare as bigint so a pasted 30-digit number cannot lose precision before the size check.
  const bp = BigInt(groups.int || "0") * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (bp > BigInt(maxBp)) return { ok: false, code: "TOO_LARGE" };
  return { ok: true, bp: Number(bp) };
}
