import type { Clock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { type MailSender, mailFrom, smtpSender } from "@/lib/server/email/sender";
import { composeNoticeEmails } from "@/lib/server/notifications/compose-notice-emails";
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

interface Claimed {
  id: string;
  to: string;
  subject: string;
  body: string;
  locale: string;
  notificationId: string | null;
  /** Including this one. */
  attempts: number;
}

/**
 * The send-emails job (issue 13 item 2): delivers the outbox (OutboxEmail rows queued by queueEmail and
 * notify in the transactions that caused them). Each batch
 * 1. claims up to `batchSize` unsent e-mails that are due (never tried, or their retry time has come, fewer
 *    than MAX_EMAIL_ATTEMPTS tries), oldest first, with `FOR UPDATE SKIP LOCKED`, counting the attempt and
 *    leasing them for EMAIL_LEASE_MS, and commits: two workers never take the same e-mail;
 * 2. sends them, outside any transaction (a transaction may run twice; an e-mail must not be sent twice);
 * 3. records the outcome in one statement each: sentAt for the sent ones; lastError and the next attempt
 *    (retryDelayMs) for the failed ones.
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
    const claimed = await withTransaction(db, (tx) => {
      const now = clock.now();
      return tx.$queryRaw<Claimed[]>`
        UPDATE "OutboxEmail" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${new Date(now.getTime() + EMAIL_LEASE_MS)}
         WHERE "id" IN (SELECT "id" FROM "OutboxEmail"
                         WHERE "sentAt" IS NULL AND "attempts" < ${MAX_EMAIL_ATTEMPTS}
                           AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= ${now})
                         ORDER BY "createdAt", "id" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
        RETURNING "id", "to", "subject", "body", "locale", "notificationId", "attempts"`;
    });
    if (claimed.length === 0) return result;
    // Notices' e-mails are stored without text: composed now, in the language stored on the row.
    const composed = await composeNoticeEmails(db, claimed);
    const outcomes = await Promise.allSettled(
      composed.map((mail) => sender.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body })),
    );
    const sent = claimed.filter((_, i) => outcomes[i]?.status === "fulfilled").map((mail) => mail.id);
    const now = clock.now();
    const failed = claimed.flatMap((mail, i) => {
      const outcome = outcomes[i];
      if (outcome?.status !== "rejected") return [];
      const next = new Date(now.getTime() + retryDelayMs(mail.attempts)).toISOString();
      return [{ id: mail.id, error: errorText(outcome.reason), next }];
    });
    if (sent.length > 0) {
      await db.$executeRaw`
        UPDATE "OutboxEmail" SET "sentAt" = ${now}, "lastError" = NULL, "nextAttemptAt" = NULL WHERE "id" = ANY(${sent}::text[])`;
    }
    if (failed.length > 0) {
      // ISO instants in UTC, as the timestamp columns hold them.
      await db.$executeRaw`
        UPDATE "OutboxEmail" AS o SET "lastError" = f."error", "nextAttemptAt" = (f."next"::timestamptz AT TIME ZONE 'UTC')
          FROM jsonb_to_recordset(${JSON.stringify(failed)}::jsonb) AS f("id" text, "error" text, "next" text)
         WHERE o."id" = f."id"`;
    }
    result.handled += sent.length;
    result.batches += 1;
    options.onBatch?.(sent);
    if (claimed.length < batchSize) return result;
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
