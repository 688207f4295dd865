import { readFileSync } from "node:fs";

/**
 * The sandbox's "now" for its own business (order expiry, payment and transfer times, serial dates).
 * Normally the machine's time. In e2e (test knobs on) it may follow the platform's settable test clock file
 * (SANDBOX_PAYMENTS_CLOCK_FILE = the platform's TEST_CLOCK_FILE; same format: `time`, `setAt`, `frozen`),
 * so an order the platform creates "now" on a moved clock is not already expired at the gateway.
 * Notification timestamps and retry timers always use the real time (the receiver checks signatures
 * against its wall clock).
 */
export function sandboxClock(clockFile: string | null): () => number {
  if (!clockFile) return () => Date.now();
  return () => {
    const real = Date.now();
    let text: string;
    try {
      text = readFileSync(clockFile, "utf8");
    } catch {
      return real;
    }
    const state = JSON.parse(text) as { time: string; setAt: string; frozen: boolean };
    const time = Date.parse(state.time);
    const setAt = Date.parse(state.setAt);
    if (Number.isNaN(time) || Number.isNaN(setAt)) throw new Error(`clock file ${clockFile} is malformed`);
    return state.frozen ? time : time + (real - setAt);
  };
}
