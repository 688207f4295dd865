import { cstDateDigits } from "./time";

/** SBP: a payment into the merchant (checkout paid). SBT: a transfer out (划账). */
export type SerialPrefix = "SBP" | "SBT";

/**
 * A gateway serial: prefix + the day in China + an 8-digit counter that never repeats across days
 * (e.g. "SBP2026120100000042"), so a serial is unique for the sandbox's whole life, not per day.
 * @param counter the sandbox's running count for this prefix, from 1
 */
export function formatSerial(prefix: SerialPrefix, epochMs: number, counter: number): string {
  if (!Number.isSafeInteger(counter) || counter < 1) throw new RangeError(`bad serial counter ${counter}`);
  return `${prefix}${cstDateDigits(epochMs)}${String(counter).padStart(8, "0")}`;
}
