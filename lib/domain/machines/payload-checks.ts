/** Checks on event payloads shared by several machines' guards. */

/** A reason the other party will read: whitespace alone does not count. */
export function isNonBlank(text: string | undefined): boolean {
  return typeof text === "string" && text.trim() !== "";
}
