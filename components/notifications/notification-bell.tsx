import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/server/db";
import { countUnread } from "@/lib/server/notifications/list-notifications";

/**
 * The header's bell for a signed-in user on pages rendered per request: a link to /notifications with the
 * unread count, counted on the server when the page is drawn (no polling: the count is as of this page).
 */
export async function NotificationBell({ userId }: { userId: string }) {
  const [t, db] = await Promise.all([getTranslations("notifications"), getDb()]);
  const unread = await countUnread(db, userId);
  return (
    <Link
      prefetch={false}
      href="/notifications"
      className="relative inline-flex items-center text-slate-700"
      aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
      title={t("bell")}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {unread > 0 && (
        <span className="ml-0.5 rounded-full bg-red-600 px-1.5 text-xs font-semibold leading-5 text-white" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
