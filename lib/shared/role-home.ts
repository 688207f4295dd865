import type { Role } from "@/lib/generated/prisma/enums";

export function homePathFor(role: Role): string {
  if (role === "INVESTOR") return "/investor";
  if (role === "COMPANY") return "/company";
  return "/admin";
}

const PROBE_ORIGIN = "http://same-site.invalid";

/**
 * Only same-site paths are followed after login, never another host. Browsers drop tabs and newlines and
 * read "\\" as "/", so "/\t/evil.example" would become "//evil.example": any control character or
 * backslash is refused, and the result must still resolve to our own origin.
 */
export function safeReturnPath(value: unknown): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return null;
  const url = new URL(value, PROBE_ORIGIN);
  if (url.origin !== PROBE_ORIGIN) return null;
  return url.pathname + url.search + url.hash;
}
