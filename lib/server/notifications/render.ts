import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { formatMoney } from "@/lib/domain/money";
import type { NotificationKind, NotificationParams } from "./kinds";

export interface RenderedNotification {
  title: string;
  body: string;
}

type Translate = (key: string, values?: Record<string, string>) => string;

// Formatting an ICU message costs next-intl ~0.3 ms, too much for a repayment's 5,000 notices (bench/repayment):
// each message is formatted once per set of placeholders with markers in their place, then filled by plain
// string replacement. The messages use plain {placeholders} only (no plural or select), which this relies on.
const MARK = "\uE000";
const MARKED = /\uE000([^\uE000]+)\uE000/g;
const fill = (template: string, values: Record<string, string>) => template.replace(MARKED, (_, key: string) => values[key] ?? "");

/**
 * A translator whose messages are formatted once per key and set of placeholders, then filled by string
 * replacement (see above). `key` is a full message key, e.g. `notifications.kinds.DEPOSIT_CREDITED.title`.
 */
export function templatedTranslator(locale: Locale, namespace?: string): (key: string, values: Record<string, string>) => string {
  const messages = loadMessages(locale) as Parameters<typeof createTranslator>[0]["messages"];
  const t = createTranslator({ locale, messages, namespace }) as unknown as Translate;
  const templates = new Map<string, string>();
  return (key, values) => {
    const names = Object.keys(values).sort();
    const cacheKey = `${key}|${names.join(",")}`;
    let template = templates.get(cacheKey);
    if (template === undefined) {
      template = t(key, Object.fromEntries(names.map((name) => [name, `${MARK}${name}${MARK}`])));
      templates.set(cacheKey, template);
    }
    return fill(template, values);
  };
}

/**
 * A renderer for one language: `render(kind, params)` gives a notice's title and body from
 * messages/<locale>/notifications.json (`kinds.<KIND>.title|body`). Amounts (`…Fen` params, fen strings) are
 * shown as money in that language under the key without `Fen`; a company status (`status`) by its name in
 * company.json. Build one per language and reuse it for many rows (bulk notices compose thousands of e-mails).
 */
export function notificationRenderer(locale: Locale): (kind: NotificationKind, params: NotificationParams) => RenderedNotification {
  const t = templatedTranslator(locale);
  const statusNames = new Map<string, string>();
  const statusName = (status: string) => {
    let name = statusNames.get(status);
    if (name === undefined) {
      name = t(`company.status.${status}`, {});
      statusNames.set(status, name);
    }
    return name;
  };
  return (kind, params) => {
    const values: Record<string, string> = { ...params };
    for (const [key, value] of Object.entries(params)) {
      if (key.endsWith("Fen") && /^-?\d+$/.test(value)) values[key.slice(0, -"Fen".length)] = formatMoney(BigInt(value), locale);
    }
    if (params.status) values.status = statusName(params.status);
    return { title: t(`notifications.kinds.${kind}.title`, values), body: t(`notifications.kinds.${kind}.body`, values) };
  };
}

/** One notice's text in `locale` (for many, build a notificationRenderer once). */
export function renderNotification(locale: Locale, kind: NotificationKind, params: NotificationParams): RenderedNotification {
  return notificationRenderer(locale)(kind, params);
}
