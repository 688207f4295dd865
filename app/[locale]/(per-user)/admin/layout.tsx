import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { queuesFor } from "@/lib/server/admin/queues";
import { requirePageRole, STAFF_ROLES } from "@/lib/server/auth/session";
import { can } from "@/lib/shared/capabilities";

// The layout only draws the role's navigation, from the queue registry (lib/server/admin/queues); every admin
// page checks the role again itself, because layouts are not re-run on every navigation.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageRole(STAFF_ROLES, "/admin");
  const t = await getTranslations();
  return (
    // minmax(0, 1fr): a wide table scrolls or stacks inside the page column instead of widening the phone page.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-[14rem_minmax(0,1fr)]">
      {/* On a phone the queues wrap as a row of links above the page instead of a long column. */}
      <nav aria-label={t("admin.queues")} className="flex flex-wrap gap-1 text-sm md:block md:space-y-1" data-testid="admin-nav">
        <Link href="/admin" className="block rounded px-3 py-2 font-medium text-slate-900 hover:bg-slate-100">
          {t("admin.title")}
        </Link>
        {queuesFor(user.role).map((queue) =>
          queue.href ? (
            <Link key={queue.key} href={queue.href} className="block rounded px-3 py-2 hover:bg-slate-100">
              {t(queue.title)}
            </Link>
          ) : (
            // Greyed but readable (slate-600 keeps 4.5:1 on the page); the badge says why it is not a link.
            <span
              key={queue.key}
              className="flex items-center justify-between gap-2 px-3 py-2 text-slate-600"
              data-testid="admin-nav-coming-soon"
            >
              <span>{t(queue.title)}</span>
              <span className="shrink-0 rounded bg-slate-100 px-1.5 text-xs">{t("admin.soonBadge")}</span>
            </span>
          ),
        )}
        {/* Not a queue: every deposit order, for looking one up (issue 13 §4). */}
        {can(user.role, "records.view") && (
          <Link href="/admin/deposits" className="block rounded px-3 py-2 hover:bg-slate-100">
            {t("entity.deposits.title")}
          </Link>
        )}
      </nav>
      <div>{children}</div>
    </div>
  );
}
