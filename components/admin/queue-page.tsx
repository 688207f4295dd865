import { getTranslations } from "next-intl/server";
import { FundraisingRows } from "@/components/admin/fundraising-rows";
import { LoanReviewRows } from "@/components/admin/loan-review-rows";
import { QueueShell } from "@/components/admin/queue-shell";
import { parsePage } from "@/components/ui/pagination";
import { listedQueue, listQueue, type QueueKey } from "@/lib/server/admin/queues";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { isExportKey } from "@/lib/server/exports/registry";

const PAGE_SIZE = 20;

export interface QueueRouteProps {
  searchParams: Promise<{ page?: string | string[] }>;
}

/**
 * The one page of every queue the registry lists (lib/server/admin/queues/registry.ts): its roles guard it,
 * its query fills it, 20 a page. A queue's route file only names its key, and calls this (`return
 * QueuePage(...)`, not `<QueuePage/>`), so the page's own guard runs when Next.js, or a test, calls the page.
 */
export async function QueuePage({ queueKey, searchParams }: QueueRouteProps & { queueKey: QueueKey }) {
  const entry = listedQueue(queueKey);
  await requirePageRole(entry.roles, entry.href);
  const page = parsePage((await searchParams).page);
  const [t, db] = await Promise.all([getTranslations(), getDb()]);
  const queue = await listQueue(db, entry.list, page, PAGE_SIZE);
  return (
    <QueueShell title={t(entry.title)} list={queue} basePath={entry.href} exportList={isExportKey(queueKey) ? queueKey : undefined}>
      {entry.list.rows === "fundraising" ? <FundraisingRows items={queue.items} /> : <LoanReviewRows items={queue.items} />}
    </QueueShell>
  );
}
