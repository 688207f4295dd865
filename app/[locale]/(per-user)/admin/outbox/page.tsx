import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listOutbox, outboxViewerEnabled } from "@/lib/server/email/list-outbox";

/**
 * The development outbox (docs/notifications.md): the e-mails that would have been sent, newest first, for
 * ADMIN only and only while no SMTP server is configured and outside a production deployment (404 otherwise:
 * the e-mails hold staff activation links). `?to=` shows one recipient's.
 */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!outboxViewerEnabled()) notFound();
  const admin = await requirePageRole(["ADMIN"], "/admin/outbox");
  const query = await searchParams;
  const to = typeof query.to === "string" && query.to.trim() ? query.to.trim() : undefined;
  const [t, format, db] = await Promise.all([getTranslations("notifications.outbox"), getFormatter(), getDb()]);
  const list = await listOutbox(db, admin, { page: parsePage(query.page), to });
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {list.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="outbox-list">
          {list.items.map((mail) => (
            <li key={mail.id} data-testid="outbox-email" data-to={mail.to}>
              <Card className="space-y-2 p-4">
                <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-500">{t("to")}</dt>
                  <dd className="break-all">{mail.to}</dd>
                  <dt className="text-slate-500">{t("subject")}</dt>
                  <dd className="break-words font-medium" data-testid="outbox-subject">
                    {mail.subject}
                  </dd>
                  <dt className="text-slate-500">{t("createdAt")}</dt>
                  <dd>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                  <dt className="text-slate-500">{t("status")}</dt>
                  <dd>
                    {mail.sentAt
                      ? t("sent")
                      : mail.lastError
                        ? t("failed", { attempts: mail.attempts, error: mail.lastError })
                        : t("unsent")}
                  </dd>
                </dl>
                <pre className="whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-xs text-slate-800">{mail.body}</pre>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/admin/outbox" params={{ to }} />
    </div>
  );
}
