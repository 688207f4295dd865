import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { QueueShell } from "@/components/admin/queue-shell";
import { parsePage } from "@/components/ui/pagination";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listFullSubscriptionReviews } from "@/lib/server/disbursement/read-disbursement-review";

const PAGE_SIZE = 20;

/** The supervisor's full-subscription review queue (满标复审), longest waiting first. */
export default async function FullSubscriptionQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePageRole(["SUPERVISOR"], "/admin/disbursements");
  const page = parsePage((await searchParams).page);
  const [t, format, locale, db] = await Promise.all([getTranslations("disbursement"), getFormatter(), getLocale(), getDb()]);
  const queue = await listFullSubscriptionReviews(db, page, PAGE_SIZE);
  return (
    <QueueShell title={t("queueTitle")} list={queue} basePath="/admin/disbursements" exportList="fullSubscriptionReviews">
      <ul className="divide-y">
        {queue.items.map((project) => (
          <li key={project.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="queue-row">
            <div className="min-w-0">
              <Link href={`/admin/disbursements/${project.id}`} className="font-medium">
                {project.title}
              </Link>
              <p className="text-sm text-slate-500">
                {t("queueRow", {
                  company: project.company.name,
                  amount: formatMoney(project.amountFen, locale as MoneyLocale),
                  since: format.dateTime(project.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            </div>
            {project.pendingInvestments > 0 ? (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-800">
                {t("pendingInvestments", { count: project.pendingInvestments })}
              </span>
            ) : (
              <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs text-green-800">{t("allConfirmed")}</span>
            )}
          </li>
        ))}
      </ul>
    </QueueShell>
  );
}
