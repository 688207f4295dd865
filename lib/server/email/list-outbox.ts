import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import { TEST_DEPLOYMENTS } from "@/lib/server/clock/test-clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { type NoticeForEmail, noticeEmailComposer } from "@/lib/server/notifications/compose-notice-emails";
import { listPage, type Page } from "@/lib/shared/pagination";
import { isProductionDeployment } from "./app-url";
import { smtpConfigured } from "./sender";

export const OUTBOX_PAGE_SIZE = 20;

export interface OutboxRow {
  /** The OutboxEmail's id, or for a notice's e-mail the notice's (notificationId). */
  id: string;
  to: string;
  subject: string;
  body: string;
  locale: string;
  /** Set for a notice's e-mail. */
  notificationId: string | null;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

/** A row of the outbox query: an OutboxEmail's text, or what its notice's e-mail is composed from. */
type OutboxQueryRow = Omit<OutboxRow, "subject" | "body"> &
  Omit<NoticeForEmail, "role" | "kind" | "locale"> & {
    subject: string | null;
    body: string | null;
    role: string | null;
    kind: string | null;
  };

/**
 * Whether the development outbox viewer exists: only while no SMTP server is configured (then e-mails are not
 * sent and this is where one reads them), and on a production deployment only when it declares itself a test
 * or demo one (DEPLOYMENT_ENV development, test or demo, as for the test clock; e2e runs so). The outbox holds
 * staff activation links, so it is secret: the page answers 404 otherwise (docs/notifications.md).
 */
export function outboxViewerEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (smtpConfigured(env)) return false;
  const deployment = env.DEPLOYMENT_ENV?.trim() ?? "";
  return !isProductionDeployment(env) || (TEST_DEPLOYMENTS as readonly string[]).includes(deployment);
}

/**
 * A page of the outbox — the OutboxEmail rows and the notices' e-mails (docs/notifications.md "The outbox") —
 * newest first, optionally only the e-mails to `to`; notices' e-mails composed as they would be sent now.
 * ADMIN only (FORBIDDEN otherwise); NOT_FOUND when the viewer is disabled (outboxViewerEnabled).
 */
export async function listOutbox(
  db: DbOrTx,
  actor: Actor,
  { page, to, pageSize = OUTBOX_PAGE_SIZE }: { page: number; to?: string; pageSize?: number },
  env: Record<string, string | undefined> = process.env,
): Promise<Page<OutboxRow>> {
  if (!outboxViewerEnabled(env)) throw notFound();
  assertCan(actor, "outbox.read");
  const recipient = to ?? null;
  return listPage(
    page,
    pageSize,
    async ({ skip, take }) => {
      const rows = await db.$queryRaw<OutboxQueryRow[]>`
        SELECT * FROM (
          SELECT o."id", o."to", o."subject", o."body", o."locale", NULL::text AS "notificationId", o."createdAt",
                 o."sentAt", o."attempts", o."lastError", NULL::text AS "role", NULL::text AS "kind", NULL::jsonb AS "params",
                 NULL::text AS "subjectType", NULL::text AS "subjectId"
            FROM "OutboxEmail" o WHERE ${recipient}::text IS NULL OR o."to" = ${recipient}
          UNION ALL
          SELECT n."id", u."email", NULL, NULL, u."locale", n."id", n."createdAt",
                 n."emailSentAt", n."emailAttempts", n."emailLastError", u."role"::text, n."kind", n."params",
                 n."subjectType", n."subjectId"
            FROM "Notification" n JOIN "User" u ON u."id" = n."userId" WHERE ${recipient}::text IS NULL OR u."email" = ${recipient}
        ) AS m
        ORDER BY m."createdAt" DESC, m."id" DESC OFFSET ${skip} LIMIT ${take}`;
      const compose = noticeEmailComposer();
      return rows.map(({ role, kind, params, subjectType, subjectId, subject, body, ...row }) => {
        const notice = row.notificationId !== null && role !== null && kind !== null;
        const text = notice
          ? compose({ role, kind, params, subjectType, subjectId, locale: row.locale })
          : { subject: subject ?? "", body: body ?? "" };
        return { ...row, ...text };
      });
    },
    async () => {
      const [row] = await db.$queryRaw<{ total: bigint }[]>`
        SELECT (SELECT count(*) FROM "OutboxEmail" o WHERE ${recipient}::text IS NULL OR o."to" = ${recipient})
             + (SELECT count(*) FROM "Notification" n JOIN "User" u ON u."id" = n."userId"
                 WHERE ${recipient}::text IS NULL OR u."email" = ${recipient}) AS "total"`;
      return Number(row?.total ?? 0n);
    },
  );
}
