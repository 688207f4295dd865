import { getTranslations } from "next-intl/server";
import { DashboardCharts } from "@/components/admin/dashboard/dashboard-charts";
import { QueueCards } from "@/components/admin/dashboard/queue-cards";
import { SupervisorGrantsNotice } from "@/components/admin/supervisor-grants-notice";
import { PageHeader } from "@/components/ui/card";
import { queueFigures, queuesFor } from "@/lib/server/admin/queues";
import { requirePageRole, STAFF_ROLES } from "@/lib/server/auth/session";
import { getClock } from "@/lib/server/clock";
import { getDashboardCharts } from "@/lib/server/dashboard";
import { getDb } from "@/lib/server/db";
import { listRecentSupervisorGrants } from "@/lib/server/invitations/recent-supervisor-grants";
import { can } from "@/lib/shared/capabilities";

/**
 * The staff landing (issue 13 item 3): every staff role's queues with their counts and the age of the oldest
 * item; the supervisor and the admin also see the charts (lib/server/dashboard).
 */
export default async function AdminHomePage() {
  const user = await requirePageRole(STAFF_ROLES, "/admin");
  const t = await getTranslations();
  const db = await getDb();
  const clock = getClock();
  const [figures, grants, charts] = await Promise.all([
    queueFigures(db, user),
    can(user.role, "supervisorGrants.read") ? listRecentSupervisorGrants(db, user) : Promise.resolve([]),
    can(user.role, "dashboard.charts") ? getDashboardCharts(db, user, clock) : Promise.resolve(null),
  ]);
  return (
    <div>
      <PageHeader title={`${t("admin.title")} · ${t(`roles.${user.role}`)}`} />
      <SupervisorGrantsNotice grants={grants} />
      <QueueCards queues={queuesFor(user.role)} figures={figures} now={clock.now()} />
      {charts && <DashboardCharts charts={charts} />}
    </div>
  );
}
