import { randomUUID } from "node:crypto";
import type { Locale } from "@/i18n/locales";
import { getClock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import type { NotificationInput } from "./kinds";
import { notificationRenderer, type RenderedNotification, templatedTranslator } from "./render";

/**
 * Tells one user about an event: writes the Notification (shown in the app, rendered when read) and its
 * OutboxEmail (its text composed when sent or shown, in the user's language User.locale; delivered by the send-emails job), in
 * the caller's transaction, so both exist exactly when the change they tell about was committed.
 * `now`: the change's instant (default the server's clock). Returns the notice's id.
 */
export async function notify(tx: Tx, input: NotificationInput, now: Date = getClock().now()): Promise<string> {
  const [id] = await notifyMany(tx, [input], now);
  return id as string;
}

/**
 * notify for many users at once (a repayment to thousands of investors, the daily overdue job): one read of
 * the recipients and one INSERT per table whatever the count. The notices travel as one JSON parameter expanded
 * by jsonb_to_recordset (binding thousands of values one by one costs Prisma more than the insert); their
 * e-mails are made by SQL from the notices just written, with an empty subject and body: the text is composed in
 * the recipient's language when the e-mail is sent or shown (composeNoticeEmails), so the transaction carries
 * no per-recipient text (bench/repayment: composing 5,000 e-mails here made one repayment 2.7 s). Rows for
 * unknown users are dropped. Returns the notices' ids in `rows`' order.
 */
export async function notifyMany(tx: Tx, rows: readonly NotificationInput[], now: Date = getClock().now()): Promise<string[]> {
  if (rows.length === 0) return [];
  const userIds = [...new Set(rows.map((row) => row.userId))];
  const known = await tx.$queryRaw<{ ids: string | null }[]>`
    SELECT string_agg("id", ',') AS "ids" FROM "User" WHERE "id" = ANY(string_to_array(${userIds.join(",")}, ','))`;
  const users = new Set((known[0]?.ids ?? "").split(",").filter((id) => id !== ""));

  const notices: object[] = [];
  const ids: string[] = [];
  for (const row of rows) {
    if (!users.has(row.userId)) continue;
    const id = randomUUID();
    ids.push(id);
    notices.push({
      id,
      userId: row.userId,
      kind: row.kind,
      params: row.params ?? {},
      subjectType: row.subject?.type ?? null,
      subjectId: row.subject?.id ?? null,
    });
  }
  if (ids.length === 0) return [];
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "params", "subjectType", "subjectId", "createdAt")
    SELECT r."id", r."userId", r."kind", r."params", r."subjectType", r."subjectId", ${now}
      FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
        AS r("id" text, "userId" text, "kind" text, "params" jsonb, "subjectType" text, "subjectId" text)`;
  await tx.$executeRaw`
    INSERT INTO "OutboxEmail" ("id", "to", "subject", "body", "locale", "notificationId", "createdAt")
    SELECT 'mail-' || n."id", u."email", '', '', u."locale", n."id", ${now}
      FROM "Notification" n JOIN "User" u ON u."id" = n."userId"
     WHERE n."id" = ANY(string_to_array(${ids.join(",")}, ','))`;
  return ids;
}

export type Composer = (row: NotificationInput, params: Record<string, string>, link: string) => { subject: string; body: string };

/** The notice e-mail (emails.json `notice`) around the notice's own title and body, in one language. */
export function emailComposer(locale: Locale): Composer {
  const render = notificationRenderer(locale);
  const t = templatedTranslator(locale, "emails");
  return (row, params, link) => {
    const text: RenderedNotification = render(row.kind, params);
    return { subject: t("notice.subject", { title: text.title }), body: t("notice.body", { ...text, link }) };
  };
}

/**
 * One notice of one kind to each of many users, differing only by an amount (fen) — a repayment's
 * REPAYMENT_RECEIVED to thousands of investors: the users and amounts travel as two packed texts and both the
 * notices and their e-mails are made in one SQL statement (no per-user JSON; bench/repayment). `params` are the
 * common ones; each notice gets `amountFen` as well. Users that do not exist are skipped.
 */
export async function notifyAmounts(
  tx: Tx,
  notice: { kind: NotificationInput["kind"]; params: Record<string, string>; subject: NonNullable<NotificationInput["subject"]> },
  amountByUser: ReadonlyMap<string, bigint>,
  now: Date = getClock().now(),
): Promise<void> {
  if (amountByUser.size === 0) return;
  const users = [...amountByUser.keys()].join(",");
  const amounts = [...amountByUser.values()].map(String).join(",");
  await tx.$executeRaw`
    WITH "made" AS (
      INSERT INTO "Notification" ("id", "userId", "kind", "params", "subjectType", "subjectId", "createdAt")
      SELECT gen_random_uuid()::text, u."id", ${notice.kind}, ${JSON.stringify(notice.params)}::jsonb || jsonb_build_object('amountFen', t."amount"),
             ${notice.subject.type}, ${notice.subject.id}, ${now}
        FROM unnest(string_to_array(${users}, ','), string_to_array(${amounts}, ',')) AS t("userId", "amount")
        JOIN "User" u ON u."id" = t."userId"
      RETURNING "id", "userId")
    INSERT INTO "OutboxEmail" ("id", "to", "subject", "body", "locale", "notificationId", "createdAt")
    SELECT 'mail-' || m."id", u."email", '', '', u."locale", m."id", ${now}
      FROM "made" m JOIN "User" u ON u."id" = m."userId"`;
}
