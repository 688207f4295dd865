import { getTranslations } from "next-intl/server";
import { LoanReviewRows } from "@/components/admin/loan-review-rows";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listedQueue, listQueue, type QueueKey } from "@/lib/server/admin/queues";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";

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
    <div>
      <PageHeader title={t(entry.title)}>
        <span className="text-sm text-slate-500" data-testid="queue-count">
          {t("review.waitingCount", { count: queue.total })}
        </span>
      </PageHeader>
      <Card>
        {queue.items.length === 0 ? <EmptyState>{t("review.empty")}</EmptyState> : <LoanReviewRows items={queue.items} />}
        <Pagination page={queue.page} pageSize={queue.pageSize} total={queue.total} basePath={entry.href} />
      </Card>
    </div>
  );
}
