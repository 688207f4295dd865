import type { Role } from "@/lib/generated/prisma/enums";

export function homePathFor(role: Role): string {
  if (role === "INVESTOR") return "/investor";
  if (role === "COMPANY") return "/company";
  return "/admin";
}

const PROBE_ORIGIN = "http://same-site.invalid";
const MAX_RETURN_PATH_LENGTH = 2048;

/**
 * A path a browser resolves on the current origin: one "/" followed by something that is neither "/" nor
 * "\\" (browsers read "//host" and "/\\host" as another host), no control character (browsers drop tabs
 * and newlines before parsing), no backslash anywhere, and it resolves (WHATWG URL, what browsers use)
 * to the origin it is resolved against.
 */
function isSameOriginPath(value: string): boolean {
  return (
    value.length <= MAX_RETURN_PATH_LENGTH &&
    /^\/(?![/\\])/.test(value) &&
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
    !/[\u0000-\u001f\u007f-\u009f\\]/.test(value) &&
    new URL(value, PROBE_ORIGIN).origin === PROBE_ORIGIN
  );
}

/**
 * Only same-site paths are followed after login or a language switch, never another host. The value is
 * checked, canonicalised by the URL parser (dot segments removed: "/.//evil.example" becomes
 * "//evil.example"), and the canonical result is checked again, so what is returned is exactly what was
 * validated. Anything doubtful gives null (the caller then goes to a default page).
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || !isSameOriginPath(value)) return null;
  const url = new URL(value, PROBE_ORIGIN);
  const canonical = url.pathname + url.search + url.hash;
  return isSameOriginPath(canonical) ? canonical : null;
}
