/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { trustedProxyHops, describeClientAddressMode } = await import("@/lib/server/auth/client-ip");
  const { installSocketAddressStamp } = await import("@/lib/server/auth/socket-address");
  const hops = trustedProxyHops();
  installSocketAddressStamp(hops);
  console.info(describeClientAddressMode(hops));
}
