import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { markReadButtonMessages } from "@/components/notifications/mark-read-button.messages";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { toLocale } from "@/i18n/locales";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { countUnread, listNotifications } from "@/lib/server/notifications/list-notifications";
import { ALL_ROLES } from "@/lib/shared/roles";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Every signed-in user's own notices (消息通知), newest first, in the page's language; docs/notifications.md. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRole(ALL_ROLES, "/notifications");
  const page = parsePage((await searchParams).page);
  const [t, format, locale, db] = await Promise.all([getTranslations("notifications"), getFormatter(), getLocale(), getDb()]);
  const [list, unread] = await Promise.all([listNotifications(db, user, toLocale(locale), page), countUnread(db, user.id)]);
  return (
    <ClientMessages namespaces={markReadButtonMessages}>
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("title")}>
          {unread > 0 && (
            <div className="flex items-center gap-3">
              <span className="text-sm text-slate-600" data-testid="notifications-unread">
                {t("unreadCount", { count: unread })}
              </span>
              <MarkReadButton page={list.page} />
            </div>
          )}
        </PageHeader>
        {list.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <Card className="p-0">
            <ul className="divide-y divide-slate-200" data-testid="notification-list">
              {list.items.map((item) => (
                <li
                  key={item.id}
                  className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${item.read ? "" : "bg-brand-50"}`}
                  data-testid="notification"
                  data-kind={item.kind}
                  data-read={item.read ? "true" : "false"}
                >
                  <div className="min-w-0 space-y-1">
                    <p className="font-medium text-slate-900">
                      {!item.read && <span className="mr-2 rounded bg-red-600 px-1.5 text-xs font-semibold text-white">{t("unread")}</span>}
                      <span data-testid="notification-title">{item.title}</span>
                    </p>
                    <p className="break-words text-sm text-slate-700">{item.body}</p>
                    <p className="text-xs text-slate-500">
                      <time dateTime={item.createdAt.toISOString()}>
                        {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                      {item.href && (
                        <>
                          {" · "}
                          <Link prefetch={false} href={item.href}>
                            {t("open")}
                          </Link>
                        </>
                      )}
                    </p>
                  </div>
                  {!item.read && (
                    <div className="shrink-0">
                      <MarkReadButton id={item.id} page={list.page} />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/notifications" />
      </div>
    </ClientMessages>
  );
}
