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

/**
 * A renderer for one language: `render(kind, params)` gives a notice's title and body from
 * messages/<locale>/notifications.json (`kinds.<KIND>.title|body`). Amounts (`…Fen` params, fen strings) are
 * shown as money in that language under the key without `Fen`; a company status (`status`) by its name in
 * company.json. Build one per language and reuse it for many rows (bulk notices compose thousands of e-mails).
 */
export function notificationRenderer(locale: Locale): (kind: NotificationKind, params: NotificationParams) => RenderedNotification {
  const messages = loadMessages(locale) as Parameters<typeof createTranslator>[0]["messages"];
  const t = createTranslator({ locale, messages }) as unknown as Translate;
  return (kind, params) => {
    const values = displayValues(params, locale, t);
    return { title: t(`notifications.kinds.${kind}.title`, values), body: t(`notifications.kinds.${kind}.body`, values) };
  };
}

/** One notice's text in `locale` (for many, build a notificationRenderer once). */
export function renderNotification(locale: Locale, kind: NotificationKind, params: NotificationParams): RenderedNotification {
  return notificationRenderer(locale)(kind, params);
}

function displayValues(params: NotificationParams, locale: Locale, t: Translate): Record<string, string> {
  const values: Record<string, string> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith("Fen") && /^-?\d+$/.test(value)) values[key.slice(0, -"Fen".length)] = formatMoney(BigInt(value), locale);
  }
  if (params.status) values.status = t(`company.status.${params.status}`);
  return values;
}
