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

/** Logs the active clock, or stops the process when its settings are refused (a test clock in production). */
export function checkClockAtStartup(env: Record<string, string | undefined> = process.env): void {
  try {
    console.log(describeClock(env));
  } catch (error) {
    console.error(`Refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
