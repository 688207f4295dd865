/**
 * Runs once when a server process starts. Checks the clock settings so a refused configuration (a test
 * clock in production, an unknown business time zone) stops the process instead of serving anything, and
 * installs the socket-address stamp that login throttling relies on, logging which client-address mode is active.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkClockAtStartup } = await import("./lib/server/clock/describe-clock");
  checkClockAtStartup();
  const { trustedProxyHops, describeClientAddressMode } = await import("@/lib/server/auth/client-ip");
  const { installSocketAddressStamp } = await import("@/lib/server/auth/socket-address");
  const hops = trustedProxyHops();
  installSocketAddressStamp(hops);
  console.info(describeClientAddressMode(hops));
}
