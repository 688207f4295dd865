import { getFormatter, getTranslations } from "next-intl/server";
import { ExportCsvLink } from "@/components/admin/export-csv-link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { listStaff } from "@/lib/server/accounts/staff-admin";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { CreateStaffForm } from "./create-staff-form";
import { createStaffFormMessages } from "./create-staff-form.messages";
import { ResendInvitationButton } from "./resend-invitation-button";
import { resendInvitationButtonMessages } from "./resend-invitation-button.messages";
import { StaffMfaResetButton } from "./staff-mfa-reset-button";
import { staffMfaResetButtonMessages } from "./staff-mfa-reset-button.messages";
import { StaffRoleForm } from "./staff-role-form";
import { staffRoleFormMessages } from "./staff-role-form.messages";
import { StaffStatusButton } from "./staff-status-button";
import { staffStatusButtonMessages } from "./staff-status-button.messages";

const PAGE_SIZE = 20;

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const admin = await requirePageRole(["ADMIN"], "/admin/staff");
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const page = parsePage((await searchParams).page);
  const { items: staff, total } = await listStaff(await getDb(), admin, page, PAGE_SIZE);
  return (
    <ClientMessages
      namespaces={[
        ...createStaffFormMessages,
        ...resendInvitationButtonMessages,
        ...staffMfaResetButtonMessages,
        ...staffRoleFormMessages,
        ...staffStatusButtonMessages,
      ]}
    >
      <div className="space-y-8">
        <PageHeader title={t("admin.staff")}>
          <ExportCsvLink list="staff" />
        </PageHeader>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("admin.createStaff")}</h2>
          <CreateStaffForm />
        </Card>
        <Card>
          {staff.length === 0 ? (
            <EmptyState>{t("admin.noStaff")}</EmptyState>
          ) : (
            <div className="overflow-x-auto">
              {/* Rows stack as cards on a phone (globals.css). */}
              <table className="table-stack w-full text-left text-sm">
                <thead className="border-b text-slate-500">
                  <tr>
                    <th className="py-2 pr-4">{t("admin.displayName")}</th>
                    <th className="py-2 pr-4">{t("auth.email")}</th>
                    <th className="py-2 pr-4">{t("admin.role")}</th>
                    <th className="py-2 pr-4">{t("common.status")}</th>
                    <th className="py-2 pr-4">{t("invitations.activation")}</th>
                    <th className="py-2 pr-4">{t("common.createdAt")}</th>
                    <th className="py-2">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {staff.map((member) => (
                    <tr key={member.id} className="border-b last:border-0" data-testid="staff-row">
                      <td className="py-2 pr-4 font-medium md:font-normal">{member.displayName}</td>
                      <td className="py-2 pr-4 break-all" data-label={t("auth.email")}>
                        {member.email}
                      </td>
                      <td className="py-2 pr-4" data-label={t("admin.role")}>
                        {member.id === admin.id ? t(`roles.${member.role}`) : <StaffRoleForm userId={member.id} role={member.role} />}
                      </td>
                      <td className="py-2 pr-4" data-label={t("common.status")}>
                        {member.disabledAt ? t("admin.disabled") : t("admin.active")}
                      </td>
                      <td className="py-2 pr-4" data-testid="invitation-status" data-label={t("invitations.activation")}>
                        <span className={member.invitation === "ACTIVATED" ? "" : "text-amber-800"}>
                          {t(`invitations.status${member.invitation}`, {
                            date: member.invitationExpiresAt
                              ? format.dateTime(member.invitationExpiresAt, { dateStyle: "medium", timeStyle: "short" })
                              : "",
                          })}
                        </span>
                        {member.invitation !== "ACTIVATED" && !member.disabledAt && (
                          <div className="mt-1">
                            <ResendInvitationButton userId={member.id} />
                          </div>
                        )}
                      </td>
                      <td className="py-2 pr-4" data-label={t("common.createdAt")}>
                        {format.dateTime(member.createdAt, { dateStyle: "medium" })}
                      </td>
                      <td className="py-2 pt-2">
                        {member.id !== admin.id && (
                          <div className="flex flex-wrap gap-2">
                            <StaffStatusButton userId={member.id} disabled={Boolean(member.disabledAt)} />
                            <StaffMfaResetButton userId={member.id} />
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} basePath="/admin/staff" />
        </Card>
      </div>
    </ClientMessages>
  );
}
