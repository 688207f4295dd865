import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { CompanyRecordPanels } from "@/components/admin/subject/company-record-panels";
import { Card, PageHeader } from "@/components/ui/card";
import type { CompanyEventType } from "@/lib/domain/machines/company";
import { offeredEvents, pendingRequestEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getCompanyRecord } from "@/lib/server/decision-context/company-record";
import { isDomainError } from "@/lib/server/errors";
import { requestActivationAction, returnVerificationAction } from "../actions";

/** The company events this page has forms for, in the page's order (maker-checker: "file a request"). */
const OFFERED = ["ACTIVATE"] as const satisfies readonly CompanyEventType[];

export default async function CompanyReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], `/admin/companies/${id}`);
  const [t, tc, db] = await Promise.all([getTranslations("review"), getTranslations("company"), getDb()]);
  const record = await getCompanyRecord(db, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { company, requests } = record;
  const pendingRequests = pendingRequestEvents(requests);
  // What this user may file here, from the machine and lib/domain/permissions (the services check the same).
  const events = offeredEvents("COMPANY", { ...company, pendingRequests }, user, OFFERED);
  const hidden = { companyId: company.id };
  const decisions: Record<(typeof OFFERED)[number], Decision[]> = {
    // The verification review ends in an activation request or, its other outcome, back to the company.
    ACTIVATE: [
      {
        action: requestActivationAction,
        submitLabel: t("requestActivation"),
        confirmMessage: t("confirmRequestActivation"),
        textLabel: t("decisionReason"),
        testId: "request-activation-form",
      },
      {
        action: returnVerificationAction,
        submitLabel: t("returnToCompany"),
        confirmMessage: t("confirmReturnCompany"),
        textLabel: t("reason"),
        variant: "secondary",
        testId: "return-company-form",
      },
    ],
  };
  const pending = pendingRequests.length > 0;
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
            {events.length > 0 ? (
              <div className="space-y-4">
                <DecisionForms events={events} decisions={decisions} hidden={hidden} />
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
