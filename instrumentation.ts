/**
 * Runs once when a server process starts. Checks the clock settings so a refused configuration (a test
 * clock in production, an unknown business time zone) stops the process instead of serving anything.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkClockAtStartup } = await import("./lib/server/clock/describe-clock");
  checkClockAtStartup();
}
