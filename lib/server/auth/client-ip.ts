/**
 * The client's address as seen by the first trusted proxy. Behind a load balancer set TRUSTED_PROXY_HOPS
 * to the number of proxies that append to X-Forwarded-For, so clients cannot spoof it.
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const hops = forwarded
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const trusted = Math.max(1, Number(process.env.TRUSTED_PROXY_HOPS ?? 1));
    return hops[Math.max(0, hops.length - trusted)] ?? null;
  }
  return headers.get("x-real-ip");
}
