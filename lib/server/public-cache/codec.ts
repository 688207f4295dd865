/**
 * Next.js's data cache (unstable_cache) stores JSON: bigints (fen) would throw and dates would come back as
 * strings. Values are encoded as JSON-safe trees with tagged bigints and dates, and decoded on the way out.
 */
type Tagged = { $bigint: string } | { $date: string };

export function encodeCacheValue(value: unknown): unknown {
  if (typeof value === "bigint") return { $bigint: value.toString() } satisfies Tagged;
  if (value instanceof Date) return { $date: value.toISOString() } satisfies Tagged;
  if (Array.isArray(value)) return value.map(encodeCacheValue);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeCacheValue(item)]));
  }
  return value;
}

export function decodeCacheValue<T>(value: unknown): T {
  return decode(value) as T;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [key, item] = entries[0];
      if (key === "$bigint" && typeof item === "string") return BigInt(item);
      if (key === "$date" && typeof item === "string") return new Date(item);
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, decode(item)]));
  }
  return value;
}
