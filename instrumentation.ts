/**
 * Runs once when a server process starts. Checks the clock settings so a refused configuration (a test
 * clock in production, an unknown business time zone) stops the start instead of failing each request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { describeClock } = await import("./lib/server/clock/describe-clock");
  console.log(describeClock(process.env));
}
