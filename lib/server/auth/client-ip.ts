/**
 * The client's address, for per-client throttling. Two modes, chosen by TRUSTED_PROXY_HOPS:
 * - 0 or unset (no proxy): the TCP peer of the connection, stamped by our own request hook
 *   (socket-address.ts) into SOCKET_ADDRESS_HEADER after deleting any client-sent copy. Forwarded headers
 *   are client-chosen here and never read.
 * - N > 0: N reverse proxies of ours each append the address they saw to X-Forwarded-For; the Nth entry
 *   from the right was written by the outermost one and is the first a client cannot forge.
 */
export const SOCKET_ADDRESS_HEADER = "x-lending-socket-address";

export function trustedProxyHops(value = process.env.TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error(`TRUSTED_PROXY_HOPS must be an integer from 0 to 10, got "${value}"`);
  return hops;
}

/** The line logged at start-up, so an operator sees which address is trusted. */
export function describeClientAddressMode(hops: number): string {
  if (hops === 0) return "client address: socket (no trusted proxy; X-Forwarded-* headers from clients are ignored)";
  return `client address: X-Forwarded-For, ${hops} trusted proxy hop${hops === 1 ? "" : "s"}`;
}

/** The client address as the request headers tell it under the configured mode; null when unknown. */
export function clientIpFrom(headers: Headers, hops = trustedProxyHops()): string | null {
  if (hops === 0) return headers.get(SOCKET_ADDRESS_HEADER)?.trim() || null;
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  const entries = forwarded
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return entries.length >= hops ? entries[entries.length - hops] : null;
}

/**
 * The throttling bucket of an address: IPv4 as is (an IPv4-mapped IPv6 address counts as its IPv4 form),
 * IPv6 by its /64 network, because one subscriber usually holds a whole /64 and could otherwise take a
 * fresh address for every attempt. Requests whose address is unknown share one bucket.
 */
export function clientBucket(ip: string | null): string {
  if (!ip) return "unknown";
  const bracketless = ip.toLowerCase().replace(/^\[|\]$/g, "");
  // The zone id (fe80::1%eth0) names an interface of ours, not the client.
  const zoneAt = bracketless.indexOf("%");
  const address = zoneAt === -1 ? bracketless : bracketless.slice(0, zoneAt);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(":")) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
