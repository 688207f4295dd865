import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/admin/decision-form";
import { CompanyRecordPanels } from "@/components/admin/subject/company-record-panels";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/server/auth/session";
import { isAwaitingVerification } from "@/lib/server/companies/company-profile";
import { getDb } from "@/lib/server/db";
import { getCompanyRecord } from "@/lib/server/decision-context/company-record";
import { isDomainError } from "@/lib/server/errors";
import { requestActivationAction, returnVerificationAction } from "../actions";

export default async function CompanyReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], `/admin/companies/${id}`);
  const [t, tc, db] = await Promise.all([getTranslations("review"), getTranslations("company"), getDb()]);
  const record = await getCompanyRecord(db, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { company, requests } = record;
  const pending = requests.find((r) => r.status === "PENDING");
  const canAct = user.role === "CUSTOMER_SERVICE" && isAwaitingVerification(company) && !pending;
  return (
    <div className="space-y-6">
      <PageHeader title={company.name}>
        <span data-testid="company-status">{tc(`status.${company.status}`)}</span>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0">
          <Card>
            <CompanyRecordPanels record={record} link={false} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("decision")}</h2>
            {pending && <p className="mb-4 text-sm text-amber-800">{t("activationPending")}</p>}
            {canAct ? (
              <div className="space-y-4">
                <DecisionForm
                  action={requestActivationAction}
                  hidden={{ companyId: company.id }}
                  submitLabel={t("requestActivation")}
                  confirmMessage={t("confirmRequestActivation")}
                  textLabel={t("decisionReason")}
                  testId="request-activation-form"
                />
                <DecisionForm
                  action={returnVerificationAction}
                  hidden={{ companyId: company.id }}
                  submitLabel={t("returnToCompany")}
                  confirmMessage={t("confirmReturnCompany")}
                  textLabel={t("reason")}
                  variant="secondary"
                  testId="return-company-form"
                />
              </div>
            ) : (
              !pending && <p className="text-sm text-slate-500">{t("noDecisionHere")}</p>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
