import { randomUUID } from "node:crypto";
import { type Locale, toLocale } from "@/i18n/locales";
import type { Role } from "@/lib/generated/prisma/enums";
import { getClock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import { appUrl } from "@/lib/server/email/app-url";
import { type NotificationInput, subjectPath } from "./kinds";
import { notificationRenderer, type RenderedNotification, templatedTranslator } from "./render";

interface Recipient {
  id: string;
  email: string;
  locale: string;
  role: Role;
}

/**
 * Tells one user about an event: writes the Notification (shown in the app, rendered when read) and its
 * OutboxEmail (composed now, in the user's language User.locale, delivered later by the send-emails job), in
 * the caller's transaction, so both exist exactly when the change they tell about was committed.
 * `now`: the change's instant (default the server's clock). Returns the notice's id.
 */
export async function notify(tx: Tx, input: NotificationInput, now: Date = getClock().now()): Promise<string> {
  const [id] = await notifyMany(tx, [input], now);
  return id as string;
}

/**
 * notify for many users at once (a repayment to thousands of investors, the daily overdue job): one read of
 * the recipients and one INSERT per table whatever the count (each a single JSON parameter expanded by
 * jsonb_to_recordset: binding thousands of values one by one costs Prisma more than the insert, see
 * bench/repayment). Rows for unknown users are dropped. Returns the notices' ids in `rows`' order.
 */
export async function notifyMany(tx: Tx, rows: readonly NotificationInput[], now: Date = getClock().now()): Promise<string[]> {
  if (rows.length === 0) return [];
  const userIds = [...new Set(rows.map((row) => row.userId))];
  const recipients = await tx.$queryRaw<Recipient[]>`
    SELECT "id", "email", "locale", "role" FROM "User" WHERE "id" = ANY(${userIds}::text[])`;
  const byId = new Map(recipients.map((user) => [user.id, user]));
  const composers = new Map<Locale, Composer>();
  const composerFor = (locale: Locale) => {
    const known = composers.get(locale);
    if (known) return known;
    const composer = emailComposer(locale);
    composers.set(locale, composer);
    return composer;
  };

  const notices: object[] = [];
  const emails: object[] = [];
  const ids: string[] = [];
  for (const row of rows) {
    const user = byId.get(row.userId);
    if (!user) continue;
    const id = randomUUID();
    const params = row.params ?? {};
    ids.push(id);
    notices.push({
      id,
      userId: user.id,
      kind: row.kind,
      params,
      subjectType: row.subject?.type ?? null,
      subjectId: row.subject?.id ?? null,
    });
    const locale = toLocale(user.locale);
    const link = appUrl(subjectPath(row.subject, user.role) ?? "/notifications");
    const { subject, body } = composerFor(locale)(row, params, link);
    emails.push({ id: randomUUID(), to: user.email, subject, body, locale, notificationId: id });
  }
  if (ids.length === 0) return [];
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "params", "subjectType", "subjectId", "createdAt")
    SELECT r."id", r."userId", r."kind", r."params", r."subjectType", r."subjectId", ${now}
      FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
        AS r("id" text, "userId" text, "kind" text, "params" jsonb, "subjectType" text, "subjectId" text)`;
  await tx.$executeRaw`
    INSERT INTO "OutboxEmail" ("id", "to", "subject", "body", "locale", "notificationId", "createdAt")
    SELECT r."id", r."to", r."subject", r."body", r."locale", r."notificationId", ${now}
      FROM jsonb_to_recordset(${JSON.stringify(emails)}::jsonb)
        AS r("id" text, "to" text, "subject" text, "body" text, "locale" text, "notificationId" text)`;
  return ids;
}

type Composer = (row: NotificationInput, params: Record<string, string>, link: string) => { subject: string; body: string };

/** The notice e-mail (emails.json `notice`) around the notice's own title and body, in one language. */
function emailComposer(locale: Locale): Composer {
  const render = notificationRenderer(locale);
  const t = templatedTranslator(locale, "emails");
  return (row, params, link) => {
    const text: RenderedNotification = render(row.kind, params);
    return { subject: t("notice.subject", { title: text.title }), body: t("notice.body", { ...text, link }) };
  };
}
