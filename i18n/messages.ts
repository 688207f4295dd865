import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

// One JSON file per namespace (messages/<locale>/<namespace>.json), so each feature owns its own file.
const MESSAGES_DIR = path.join(process.cwd(), "messages");
const cache = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(MESSAGES_DIR, locale);
  const messages = Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file.slice(0, -".json".length), JSON.parse(readFileSync(path.join(dir, file), "utf8"))]),
  );
  cache.set(locale, messages);
  return messages;
}
