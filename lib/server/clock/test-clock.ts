import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Temporal } from "temporal-polyfill";
import type { Clock } from "./clock";

/**
 * A settable clock for end-to-end tests and the demo. Its time lives in a small JSON file, so every
 * server process reading the same file agrees, and a test or `scripts/test-clock.ts` can move it while
 * the server runs. Without the file it is the real time.
 *
 * It is enabled only by TEST_CLOCK=1, and refused where it could reach real users:
 * - DEPLOYMENT_ENV must be unset or one of development, test, demo (anything else, production included,
 *   refuses to start);
 * - a production build (NODE_ENV=production, as e2e runs) additionally needs DEPLOYMENT_ENV set explicitly,
 *   so forgetting the variable on a real deployment can never leave the test clock on.
 */

export const TEST_DEPLOYMENTS = ["development", "test", "demo"] as const;

export type ClockMode = { kind: "system" } | { kind: "test"; file: string };

export interface TestClockState {
  /** The instant the clock showed when it was set. */
  time: string;
  /** The real instant it was set at: a running clock advances from `time` with real time since then. */
  setAt: string;
  /** A frozen clock always shows `time`. */
  frozen: boolean;
}

/** Which clock the environment asks for; throws (refusing to start) for a test clock where it is not allowed. */
export function clockModeFrom(env: Record<string, string | undefined>): ClockMode {
  const flag = env.TEST_CLOCK?.trim() ?? "";
  if (flag === "" || flag === "0") return { kind: "system" };
  if (flag !== "1") throw new Error(`TEST_CLOCK must be 1 or unset, not ${JSON.stringify(flag)}.`);
  const deployment = env.DEPLOYMENT_ENV?.trim() ?? "";
  if (deployment !== "" && !(TEST_DEPLOYMENTS as readonly string[]).includes(deployment)) {
    throw new Error(
      `TEST_CLOCK=1 is refused with DEPLOYMENT_ENV=${deployment}: the test clock is for ${TEST_DEPLOYMENTS.join(", ")} only.`,
    );
  }
  if (env.NODE_ENV === "production" && deployment === "") {
    throw new Error("TEST_CLOCK=1 with a production build needs an explicit DEPLOYMENT_ENV (test or demo).");
  }
  // A relative TEST_CLOCK_FILE is read from the working directory, like the default.
  return { kind: "test", file: env.TEST_CLOCK_FILE?.trim() || path.join(process.cwd(), ".data", "test-clock.json") };
}

/** The instant a clock state shows when the real time is `real`. */
export function testClockTime(state: TestClockState, real: Date): Date {
  const time = new Date(state.time);
  if (state.frozen) return time;
  return new Date(time.getTime() + (real.getTime() - new Date(state.setAt).getTime()));
}

function readState(file: string): TestClockState | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const state = JSON.parse(text) as TestClockState;
  if (Number.isNaN(new Date(state.time).getTime()) || Number.isNaN(new Date(state.setAt).getTime())) {
    throw new Error(`Test clock file ${file} is malformed.`);
  }
  return state;
}

/** A clock reading `file` on every call (a few bytes; only ever enabled outside production). */
export function fileClock(file: string, zone: string): Clock {
  return {
    zone,
    now: () => {
      const real = new Date();
      const state = readState(file);
      return state ? testClockTime(state, real) : real;
    },
  };
}

/** Sets the test clock to `time` (running on from there unless frozen), atomically for concurrent readers. */
export function setTestClock(file: string, time: Date, options: { frozen?: boolean } = {}): TestClockState {
  if (Number.isNaN(time.getTime())) throw new RangeError("Invalid time");
  const state: TestClockState = { time: time.toISOString(), setAt: new Date().toISOString(), frozen: options.frozen ?? false };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
  return state;
}

/** Back to the real time. */
export function clearTestClock(file: string): void {
  rmSync(file, { force: true });
}

/** What the test clock shows now, or null when it follows the real time. */
export function readTestClock(file: string): Date | null {
  const state = readState(file);
  return state ? testClockTime(state, new Date()) : null;
}

/**
 * A time for the test clock: an instant with its offset ("2026-11-29T23:14:00Z", "2026-11-30T07:14+08:00")
 * or a wall-clock time in the business zone ("2026-11-30T07:14", "2026-11-30" for its midnight).
 */
export function parseClockTime(text: string, zone: string): Date {
  const trimmed = text.trim();
  try {
    return new Date(Temporal.Instant.from(trimmed).epochMilliseconds);
  } catch {
    const wall = /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
      ? Temporal.PlainDate.from(trimmed).toPlainDateTime()
      : Temporal.PlainDateTime.from(trimmed);
    return new Date(wall.toZonedDateTime(zone).epochMilliseconds);
  }
}
