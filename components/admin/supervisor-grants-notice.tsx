import { getFormatter, getTranslations } from "next-intl/server";
import type { SupervisorGrantNotice } from "@/lib/server/invitations/recent-supervisor-grants";

/** The supervisors' console notice: every supervisor grant of the last 30 days (issue 7 §4). */
export async function SupervisorGrantsNotice({ grants }: { grants: SupervisorGrantNotice[] }) {
  if (grants.length === 0) return null;
  const [t, tRoles, format] = await Promise.all([getTranslations("invitations"), getTranslations("roles"), getFormatter()]);
  return (
    <section className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="supervisor-grants">
      <h2 className="font-semibold">{t("grantsTitle")}</h2>
      <p className="mt-1 text-amber-900">{t("grantsIntro")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-5">
        {grants.map((grant) => {
          const values = {
            name: grant.displayName,
            email: grant.email,
            grantedBy: grant.grantedBy,
            date: format.dateTime(grant.at, { dateStyle: "medium", timeStyle: "short" }),
          };
          return (
            <li key={`${grant.userId}-${grant.at.toISOString()}`} className="break-words" data-testid="supervisor-grant">
              {grant.fromRole ? t("grantChanged", { ...values, fromRole: tRoles(grant.fromRole) }) : t("grantCreated", values)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
