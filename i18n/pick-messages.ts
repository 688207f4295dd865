/**
 * The part of a message catalogue that some client components need: `namespaces` are dotted paths
 * ("auth", "loans.countdown"), each kept whole with its parents, so `useTranslations("loans")` then
 * `t("countdown.days")` still resolves. Throws on a path the catalogue lacks: a typo must not ship
 * an empty provider that only fails in the browser.
 */
export function pickMessages(catalogue: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  // Shorter paths first: a whole namespace, once picked, already holds any deeper path asked for too.
  for (const namespace of [...new Set(namespaces)].sort((a, b) => a.length - b.length)) {
    const segments = namespace.split(".");
    let source: unknown = catalogue;
    let target = picked;
    for (const [index, segment] of segments.entries()) {
      if (!isObject(source) || !(segment in source)) throw new Error(`No messages at "${namespace}"`);
      source = source[segment];
      if (index === segments.length - 1) {
        target[segment] = source;
      } else {
        const next = target[segment];
        if (next === source) break; // the whole parent is already picked
        if (!isObject(next)) target[segment] = {};
        target = target[segment] as Record<string, unknown>;
      }
    }
  }
  return picked;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
