import { test } from "@playwright/test";
import type { BusinessDate } from "@/lib/domain/dates";
import { type Clock, getBusinessTimeZone } from "@/lib/server/clock";
import { clearTestClock, fileClock, parseClockTime, readTestClock, setTestClock } from "@/lib/server/clock/test-clock";
import type { Db } from "@/lib/server/db/types";
import { findJob } from "@/lib/server/jobs/registry";
import type { JobResult } from "@/lib/server/jobs/types";

/**
 * The e2e server's test clock, for specs named `*.clock.spec.ts` only (playwright.config.ts runs them alone,
 * after every other spec): the server reads the file playwright.config.ts names in E2E_TEST_CLOCK_FILE on every
 * request, so writing it here moves the time for the server, the sandbox payment platform and the jobs this
 * process runs. The clock keeps running from the time set (it is not frozen), so instants still follow each
 * other in the order things happen.
 *
 * Sessions expire by this clock (8 hours after login, SESSION_MAX_AGE_SECONDS): after a jump of more than that,
 * log every actor in again. TOTP codes keep the real time (the staff member's phone), so staff log in as usual.
 */

// Services called in this process (a job's transitions, a guard's facts) ask getClock(): the same file clock as
// the server's, set before anything asks (getClock caches its choice).
process.env.TEST_CLOCK = "1";
process.env.DEPLOYMENT_ENV = "test";
process.env.TEST_CLOCK_FILE = testClockFile();

/** The file the e2e server's clock reads. */
export function testClockFile(): string {
  const file = process.env.E2E_TEST_CLOCK_FILE;
  if (!file) throw new Error("E2E_TEST_CLOCK_FILE is set by playwright.config.ts");
  return file;
}

/** The e2e server's clock, read from the same file as the server reads it. */
export function e2eClock(): Clock {
  return fileClock(testClockFile(), getBusinessTimeZone());
}

/** What the server's clock shows now (the real time until a test sets it). */
export function clockNow(): Date {
  return readTestClock(testClockFile()) ?? new Date();
}

/**
 * Sets the clock to `time`: an instant, or a wall-clock time in the business zone ("2027-01-01T10:00",
 * "2027-01-01" for its midnight), the way `npm run clock -- set` reads it.
 */
export function setClock(time: Date | string): Date {
  const instant = typeof time === "string" ? parseClockTime(time, getBusinessTimeZone()) : time;
  setTestClock(testClockFile(), instant);
  return instant;
}

/** Moves the clock on by `ms` milliseconds from what it shows now; returns the new time. */
export function advanceClock(ms: number): Date {
  if (ms < 0) throw new RangeError("advanceClock only moves forward; use setClock to go anywhere");
  return setClock(new Date(clockNow().getTime() + ms));
}

/** Sets the clock to `hour`:00 in the business zone on business date `date` (a due date, a job's day). */
export function setClockToBusinessDate(date: BusinessDate, hour = 10): Date {
  return setClock(`${date}T${String(hour).padStart(2, "0")}:00`);
}

/** Back to the real time. */
export function resetClock(): void {
  clearTestClock(testClockFile());
}

/**
 * Call at the top of a clock spec: starts each test on the real time and puts the clock back to it after the
 * spec, whatever happened, so nothing after it (another clock spec, a re-run on the same server) is affected.
 */
export function resetClockAroundSpec(): void {
  test.beforeAll(() => resetClock());
  test.afterAll(() => resetClock());
}

/**
 * Runs the scheduled job `name` once in this process against the e2e database, on the server's (file) clock,
 * as the scheduler would at that time. The jobs route is closed in e2e on purpose (tests/authz/matrix.ts).
 */
export async function runJobNow(db: Db, name: string): Promise<JobResult> {
  return findJob(name).run(db, e2eClock());
}
