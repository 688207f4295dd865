import type { Clock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import { type MailSender, mailFrom, smtpSender } from "@/lib/server/email/sender";
import { type NoticeForEmail, noticeEmailComposer } from "@/lib/server/notifications/compose-notice-emails";
import type { JobDefinition, JobResult, JobRunOptions } from "./types";

/** E-mails claimed per transaction. */
export const SEND_EMAILS_BATCH_SIZE = 50;

/** After this many failed attempts an e-mail is left alone (its lastError says why; the outbox viewer shows it). */
export const MAX_EMAIL_ATTEMPTS = 8;

/**
 * How long a claimed e-mail is another worker's: far above one SMTP exchange, so a worker that died after
 * claiming (never recording the result) delays its e-mails by this much, and only then are they retried.
 */
export const EMAIL_LEASE_MS = 10 * 60_000;

/** The wait before the next attempt after the `attempts`-th failure: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export interface SendEmailsOptions extends JobRunOptions {
  /** The transport (tests: nodemailer's json or stream transport). Default: SMTP from SMTP_URL, or none. */
  sender?: MailSender | null;
  from?: string;
}

/** An e-mail claimed for sending: an OutboxEmail row (`EMAIL`) or a notice's e-mail (`NOTICE`, the notice's id). */
interface Claimed {
  source: "EMAIL" | "NOTICE";
  id: string;
  to: string;
  subject: string;
  body: string;
  /** Including this one. */
  attempts: number;
}

interface Failure {
  id: string;
  error: string;
  next: string;
}

/**
 * The send-emails job (issue 13 item 2): delivers the outbox — the OutboxEmail rows (invitations, queued by
 * queueEmail) and the notices' e-mails (each Notification is one, written by notify in the transaction that
 * caused it; docs/notifications.md "The outbox"). Each batch
 * 1. claims up to `batchSize` unsent e-mails that are due (never tried, or their retry time has come, fewer
 *    than MAX_EMAIL_ATTEMPTS tries), OutboxEmail rows first, then notices, oldest first, with
 *    `FOR UPDATE SKIP LOCKED`, counting the attempt and leasing them for EMAIL_LEASE_MS, and commits: two
 *    workers never take the same e-mail;
 * 2. composes the notices' e-mails (to the user's address, in the user's language) and sends them all, outside
 *    any transaction (a transaction may run twice; an e-mail must not be sent twice);
 * 3. records the outcome: the sent time for the sent ones; the error and the next attempt (retryDelayMs) for the
 *    failed ones.
 * A worker dying between 2 and 3 leaves its e-mails leased: they are sent again after the lease (at least
 * once, never lost). Without a sender (SMTP_URL unset) nothing is claimed or sent: handled 0.
 */
export async function sendEmails(db: Db, clock: Clock, options: SendEmailsOptions = {}): Promise<JobResult> {
  const sender = options.sender === undefined ? smtpSender() : options.sender;
  const result: JobResult = { handled: 0, batches: 0 };
  if (!sender) return result;
  const batchSize = options.batchSize ?? SEND_EMAILS_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer (got ${batchSize})`);
  const from = options.from ?? mailFrom();
  for (;;) {
    const claimed = await withTransaction(db, async (tx) => {
      const now = clock.now();
      const emails = await claimOutboxEmails(tx, now, batchSize);
      const notices = emails.length < batchSize ? await claimNoticeEmails(tx, now, batchSize - emails.length) : [];
      return [...emails, ...notices];
    });
    if (claimed.length === 0) return result;
    const outcomes = await Promise.allSettled(
      claimed.map((mail) => sender.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body })),
    );
    const now = clock.now();
    const sent = claimed.filter((_, i) => outcomes[i]?.status === "fulfilled");
    const failed = claimed.flatMap((mail, i) => {
      const outcome = outcomes[i];
      if (outcome?.status !== "rejected") return [];
      const next = new Date(now.getTime() + retryDelayMs(mail.attempts)).toISOString();
      return [{ source: mail.source, id: mail.id, error: errorText(outcome.reason), next }];
    });
    for (const source of ["EMAIL", "NOTICE"] as const) {
      const sentIds = sent.filter((mail) => mail.source === source).map((mail) => mail.id);
      await recordOutcomes(
        db,
        source,
        now,
        sentIds,
        failed.filter((mail) => mail.source === source),
      );
    }
    result.handled += sent.length;
    result.batches += 1;
    options.onBatch?.(sent.map((mail) => mail.id));
    if (claimed.length < batchSize) return result;
  }
}

async function claimOutboxEmails(tx: Tx, now: Date, limit: number): Promise<Claimed[]> {
  const rows = await tx.$queryRaw<Omit<Claimed, "source">[]>`
    UPDATE "OutboxEmail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${new Date(now.getTime() + EMAIL_LEASE_MS)}
     WHERE "id" IN (SELECT "id" FROM "OutboxEmail"
                     WHERE "sentAt" IS NULL AND "attempts" < ${MAX_EMAIL_ATTEMPTS}
                       AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
                     ORDER BY "createdAt", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "body", "attempts"`;
  return rows.map((row) => ({ ...row, source: "EMAIL" as const }));
}

/** Claims notices' e-mails as claimOutboxEmails claims rows, and composes them (the user's address and language now). */
async function claimNoticeEmails(tx: Tx, now: Date, limit: number): Promise<Claimed[]> {
  const rows = await tx.$queryRaw<(NoticeForEmail & { id: string; to: string; attempts: number })[]>`
    UPDATE "Notification" AS n SET "emailAttempts" = n."emailAttempts" + 1,
           "emailNextAttemptAt" = ${new Date(now.getTime() + EMAIL_LEASE_MS)}
      FROM "User" AS u
     WHERE n."id" IN (SELECT "id" FROM "Notification"
                       WHERE "emailSentAt" IS NULL AND "emailAttempts" < ${MAX_EMAIL_ATTEMPTS}
                         AND ("emailNextAttemptAt" IS NULL OR "emailNextAttemptAt" <= ${now})
                       ORDER BY "createdAt", "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
       AND u."id" = n."userId"
    RETURNING n."id", u."email" AS "to", u."locale", u."role"::text AS "role", n."kind", n."params",
              n."subjectType", n."subjectId", n."emailAttempts" AS "attempts"`;
  const compose = noticeEmailComposer();
  return rows.map((row) => ({ source: "NOTICE" as const, id: row.id, to: row.to, attempts: row.attempts, ...compose(row) }));
}

/** The sent e-mails' sent time; the failed ones' error and next attempt (ISO instants in UTC, as the columns hold them). */
async function recordOutcomes(db: Db, source: Claimed["source"], now: Date, sentIds: string[], failed: Failure[]): Promise<void> {
  const failures = JSON.stringify(failed.map(({ id, error, next }) => ({ id, error, next })));
  if (source === "EMAIL") {
    if (sentIds.length > 0) {
      await db.$executeRaw`
        UPDATE "OutboxEmail" SET "sentAt" = ${now}, "lastError" = NULL, "nextAttemptAt" = NULL WHERE "id" = ANY(${sentIds}::text[])`;
    }
    if (failed.length > 0) {
      await db.$executeRaw`
        UPDATE "OutboxEmail" AS o SET "lastError" = f."error", "nextAttemptAt" = (f."next"::timestamptz AT TIME ZONE 'UTC')
          FROM jsonb_to_recordset(${failures}::jsonb) AS f("id" text, "error" text, "next" text)
         WHERE o."id" = f."id"`;
    }
    return;
  }
  if (sentIds.length > 0) {
    await db.$executeRaw`
      UPDATE "Notification" SET "emailSentAt" = ${now}, "emailLastError" = NULL, "emailNextAttemptAt" = NULL
       WHERE "id" = ANY(${sentIds}::text[])`;
  }
  if (failed.length > 0) {
    await db.$executeRaw`
      UPDATE "Notification" AS n SET "emailLastError" = f."error", "emailNextAttemptAt" = (f."next"::timestamptz AT TIME ZONE 'UTC')
        FROM jsonb_to_recordset(${failures}::jsonb) AS f("id" text, "error" text, "next" text)
       WHERE n."id" = f."id"`;
  }
}

/** The failure as stored (lastError): the message only, never a stack, at most 500 characters. */
function errorText(reason: unknown): string {
  const text = reason instanceof Error ? reason.message : String(reason);
  return text.slice(0, 500);
}

export const sendEmailsJob: JobDefinition = {
  name: "send-emails",
  description: "Sends the queued e-mails through SMTP (SMTP_URL), retrying failures later; without SMTP_URL sends nothing.",
  schedule: "* * * * *",
  run: (db, clock, options) => sendEmails(db, clock, options),
};
