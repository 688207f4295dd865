import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import { TEST_DEPLOYMENTS } from "@/lib/server/clock/test-clock";
import type { DbOrTx } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { composeNoticeEmails } from "@/lib/server/notifications/compose-notice-emails";
import { listPage, type Page } from "@/lib/shared/pagination";
import { isProductionDeployment } from "./app-url";
import { smtpConfigured } from "./sender";

export const OUTBOX_PAGE_SIZE = 20;

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  body: string;
  locale: string;
  notificationId: string | null;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

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
 * A page of the outbox, newest first, optionally only the e-mails to `to`. ADMIN only (FORBIDDEN otherwise);
 * NOT_FOUND when the viewer is disabled (outboxViewerEnabled).
 */
export async function listOutbox(
  db: DbOrTx,
  actor: Actor,
  { page, to, pageSize = OUTBOX_PAGE_SIZE }: { page: number; to?: string; pageSize?: number },
  env: Record<string, string | undefined> = process.env,
): Promise<Page<OutboxRow>> {
  if (!outboxViewerEnabled(env)) throw notFound();
  assertCan(actor, "outbox.read");
  const where = to ? { to } : {};
  return listPage(
    page,
    pageSize,
    async (window) =>
      composeNoticeEmails(
        db,
        await db.outboxEmail.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: {
            id: true,
            to: true,
            subject: true,
            body: true,
            locale: true,
            notificationId: true,
            createdAt: true,
            sentAt: true,
            attempts: true,
            lastError: true,
          },
          ...window,
        }),
      ),
    () => db.outboxEmail.count({ where }),
  );
}
