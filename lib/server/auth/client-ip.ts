/**
 * The client's address for per-IP login limiting, as written by our own reverse proxies.
 * TRUSTED_PROXY_HOPS (default 1) is the number of proxies in front of the app that append to
 * X-Forwarded-For: the entry that many places from the end is the one a client cannot forge. Next.js keeps
 * a client-sent X-Forwarded-For when there is no proxy, so a server exposed directly must set
 * TRUSTED_PROXY_HOPS=0: the per-IP limit is then off (the per-account limit still applies).
 */
export function clientIpFrom(headers: Headers, trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1)): string | null {
  if (!Number.isInteger(trustedHops) || trustedHops < 1) return null;
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const hops = forwarded
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops.length >= trustedHops ? hops[hops.length - trustedHops] : null;
}
