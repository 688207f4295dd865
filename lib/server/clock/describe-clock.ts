import { businessTimeZoneFrom } from "./business-zone";
import { clockModeFrom } from "./test-clock";

/** The start-up line saying which clock and business zone are active; throws where the settings are refused. */
export function describeClock(env: Record<string, string | undefined>): string {
  const zone = businessTimeZoneFrom(env);
  const mode = clockModeFrom(env);
  return mode.kind === "test"
    ? `Clock: TEST clock from ${mode.file} (settable; never in production). Business time zone: ${zone}.`
    : `Clock: system time. Business time zone: ${zone}.`;
}
