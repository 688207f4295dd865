import { randomUUID } from "node:crypto";
import { getClock } from "@/lib/server/clock";
import type { Tx } from "@/lib/server/db/types";
import type { NotificationInput } from "./kinds";

/**
 * Tells one user about an event: writes the Notification, in the caller's transaction, so it exists exactly when
 * the change it tells about was committed. The notice is shown in the app (rendered when read) and is its own
 * e-mail: the send-emails job delivers it to the user's address in the user's language (docs/notifications.md
 * "The outbox"). `now`: the change's instant (default the server's clock). Returns the notice's id.
 */
export async function notify(tx: Tx, input: NotificationInput, now: Date = getClock().now()): Promise<string> {
  const [id] = await notifyMany(tx, [input], now);
  return id as string;
}

/**
 * notify for many users at once (a refund to every investor of a project, the daily overdue job): one INSERT
 * whatever the count. The notices travel as one JSON parameter expanded by jsonb_to_recordset (binding
 * thousands of values one by one costs Prisma more than the insert); rows for users that do not exist are
 * dropped. Returns the notices' ids in `rows`' order (those dropped left out).
 */
export async function notifyMany(tx: Tx, rows: readonly NotificationInput[], now: Date = getClock().now()): Promise<string[]> {
  if (rows.length === 0) return [];
  const notices = rows.map((row) => ({
    id: randomUUID(),
    userId: row.userId,
    kind: row.kind,
    params: row.params ?? {},
    subjectType: row.subject?.type ?? null,
    subjectId: row.subject?.id ?? null,
  }));
  const made = await tx.$queryRaw<{ ids: string | null }[]>`
    WITH "made" AS (
      INSERT INTO "Notification" ("id", "userId", "kind", "params", "subjectType", "subjectId", "createdAt")
      SELECT r."id", r."userId", r."kind", r."params", r."subjectType", r."subjectId", ${now}
        FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
          AS r("id" text, "userId" text, "kind" text, "params" jsonb, "subjectType" text, "subjectId" text)
       WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."id" = r."userId")
      RETURNING "id")
    SELECT string_agg("id", ',') AS "ids" FROM "made"`;
  const written = new Set((made[0]?.ids ?? "").split(","));
  return notices.filter((notice) => written.has(notice.id)).map((notice) => notice.id);
}

/**
 * One notice of one kind to each of many users, differing only by an amount (fen) — a repayment's
 * REPAYMENT_RECEIVED to thousands of investors: the users and amounts travel as two comma-separated texts split
 * by PostgreSQL, one INSERT (no per-user JSON built here; bench/repayment). `params` are the common ones; each
 * notice gets `amountFen` as well. The ids are made in the statement from one random prefix and the row's
 * position, so they are unique and the primary key grows in order. The users must exist (investors of the
 * caller's claims): an unknown one fails the foreign key and with it the caller's transaction.
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
    INSERT INTO "Notification" ("id", "userId", "kind", "params", "subjectType", "subjectId", "createdAt")
    SELECT ${`${randomUUID()}-`} || t."n", t."userId", ${notice.kind},
           ${JSON.stringify(notice.params)}::jsonb || jsonb_build_object('amountFen', t."amount"),
           ${notice.subject.type}, ${notice.subject.id}, ${now}
      FROM unnest(string_to_array(${users}, ','), string_to_array(${amounts}, ',')) WITH ORDINALITY AS t("userId", "amount", "n")`;
}
