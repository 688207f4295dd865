import { businessDateOf } from "@/lib/domain/dates";
import { businessTimeZoneFrom } from "@/lib/server/clock/business-zone";
import { clearTestClock, clockModeFrom, parseClockTime, readTestClock, setTestClock } from "@/lib/server/clock/test-clock";

const USAGE = `Usage (with the server's TEST_CLOCK=1, DEPLOYMENT_ENV and TEST_CLOCK_FILE):
  npm run clock -- set <time> [--frozen]   time: 2026-11-30T07:14 (business zone), 2026-11-30, or 2026-11-29T23:14:00Z
  npm run clock -- show
  npm run clock -- clear                   back to the real time`;

/** `npm run clock`: sets the test clock of a server started with TEST_CLOCK=1 (never in production). */
function main(args: string[]) {
  // The same checks as the server: this refuses exactly where the server would.
  const mode = clockModeFrom(process.env);
  if (mode.kind !== "test") throw new Error(`The test clock is not enabled (TEST_CLOCK=1 is not set).\n${USAGE}`);
  const zone = businessTimeZoneFrom(process.env);
  const [command, time, ...flags] = args;
  const show = (at: Date | null) =>
    console.log(at ? `Test clock: ${at.toISOString()} (business date ${businessDateOf(at, zone)} in ${zone})` : "Test clock: real time");
  switch (command) {
    case "set": {
      if (!time) throw new Error(USAGE);
      const state = setTestClock(mode.file, parseClockTime(time, zone), { frozen: flags.includes("--frozen") });
      show(new Date(state.time));
      return;
    }
    case "show":
      show(readTestClock(mode.file));
      return;
    case "clear":
      clearTestClock(mode.file);
      show(null);
      return;
    default:
      throw new Error(USAGE);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
