import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SupervisorGrantsNotice } from "@/components/admin/supervisor-grants-notice";
import { Card, PageHeader } from "@/components/ui/card";
import { queueCounts, queuesFor } from "@/lib/server/admin/queues";
import { requirePageRole, STAFF_ROLES } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listRecentSupervisorGrants } from "@/lib/server/invitations/recent-supervisor-grants";
import { can } from "@/lib/shared/capabilities";

export default async function AdminHomePage() {
  const user = await requirePageRole(STAFF_ROLES, "/admin");
  const t = await getTranslations();
  const db = await getDb();
  const [counts, grants] = await Promise.all([
    queueCounts(db, user),
    can(user.role, "supervisorGrants.read") ? listRecentSupervisorGrants(db, user) : Promise.resolve([]),
  ]);
  return (
    <div>
      <PageHeader title={`${t("admin.title")} · ${t(`roles.${user.role}`)}`} />
      <SupervisorGrantsNotice grants={grants} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {queuesFor(user.role).map((queue) => (
          <Card key={queue.key}>
            <h2 className="font-medium">{queue.href ? <Link href={queue.href}>{t(queue.title)}</Link> : t(queue.title)}</h2>
            <p className="mt-2 text-3xl font-semibold" data-testid={`queue-${queue.key}`}>
              {counts[queue.key] ?? "–"}
            </p>
            {!queue.href && <p className="mt-1 text-xs text-slate-500">{t("admin.comingSoon")}</p>}
          </Card>
        ))}
      </div>
    </div>
  );
}
