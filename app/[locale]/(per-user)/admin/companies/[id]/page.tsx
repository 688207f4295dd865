import { getTranslations } from "next-intl/server";
import { CompanyLoanStandingList } from "@/components/admin/company/company-loan-standing";
import { CompanyRepaymentList } from "@/components/admin/company/company-repayment-list";
import { type Decision, DecisionForms } from "@/components/admin/decision-forms";
import { EntityRecordSections } from "@/components/admin/entity/entity-record-sections";
import { openRecordPage, type RecordPageProps } from "@/components/admin/entity/record-page";
import { CompanyRecordPanels } from "@/components/admin/subject/company-record-panels";
import { Card, PageHeader } from "@/components/ui/card";
import { parsePage } from "@/components/ui/pagination";
import { COMPANY_STATUS_REQUESTS, type CompanyStatusRequest } from "@/lib/domain/companies/status-requests";
import type { CompanyEventType } from "@/lib/domain/machines/company";
import { offeredEvents, pendingRequestEvents } from "@/lib/domain/permissions";
import { businessToday } from "@/lib/server/clock";
import { companyLoanStanding } from "@/lib/server/companies/company-loan-standing";
import { listCompanyRepayments } from "@/lib/server/companies/company-repayments";
import { getCompanyRecord } from "@/lib/server/decision-context/company-record";
import { getCompanyStatusSettings } from "@/lib/server/settings/company-status-settings";
import { requestActivationAction, requestCompanyStatusAction, returnVerificationAction } from "../actions";

/** The company events this page has forms for, in the page's order (maker-checker: "file a request"). */
const OFFERED = ["ACTIVATE", ...COMPANY_STATUS_REQUESTS] as const satisfies readonly CompanyEventType[];

const REPAYMENTS_PER_PAGE = 20;

export default async function CompanyReviewPage(props: RecordPageProps) {
  const { query, user, db, record, sections } = await openRecordPage(props, {
    path: "/admin/companies",
    type: "COMPANY",
    read: (client, _reader, id) => getCompanyRecord(client, id),
    roles: ["CUSTOMER_SERVICE", "SUPERVISOR"],
  });
  const { company, requests } = record;
  const [t, tc, ts, loans, repayments, { upgradeMinMonths }] = await Promise.all([
    getTranslations("review"),
    getTranslations("company"),
    getTranslations("companyStatus"),
    companyLoanStanding(db, company.id, businessToday()),
    listCompanyRepayments(db, company.id, parsePage(query.page), REPAYMENTS_PER_PAGE),
    getCompanyStatusSettings(db),
  ]);
  const pendingRequests = pendingRequestEvents(requests);
  // What this user may file here, from the machine and lib/domain/permissions (the services check the same;
  // the guards are checked when the request is filed and again when it is approved).
  const events = offeredEvents("COMPANY", { ...company, pendingRequests }, user, OFFERED);
  const hidden = { companyId: company.id };
  const statusRequest = (event: CompanyStatusRequest): Decision => ({
    action: requestCompanyStatusAction,
    submitLabel: ts(`request.${event}.submit`),
    confirmMessage: ts(`request.${event}.confirm`),
    textLabel: t("decisionReason"),
    variant: event === "BLACKLIST" || event === "DEACTIVATE" ? "danger" : "primary",
    testId: `request-${event.toLowerCase().replaceAll("_", "-")}-form`,
    before: <p className="text-sm text-slate-600">{ts(`request.${event}.explain`, { months: upgradeMinMonths })}</p>,
    children: <input type="hidden" name="event" value={event} />,
  });
  const decisions: Record<(typeof OFFERED)[number], Decision | Decision[]> = {
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
    CLEAR_WATCH: statusRequest("CLEAR_WATCH"),
    UPGRADE: statusRequest("UPGRADE"),
    BLACKLIST: statusRequest("BLACKLIST"),
    LIFT_BLACKLIST: statusRequest("LIFT_BLACKLIST"),
    DEACTIVATE: statusRequest("DEACTIVATE"),
  };
  return (
    <div className="space-y-6">
      <PageHeader title={company.name}>
        <span data-testid="company-status">{tc(`status.${company.status}`)}</span>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          <Card>
            <CompanyRecordPanels record={record} link={false} loans={false} />
          </Card>
          <Card>
            <CompanyLoanStandingList loans={loans} total={record.projectCount} />
          </Card>
          <Card>
            <CompanyRepaymentList repayments={repayments} basePath={`/admin/companies/${company.id}`} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("decision")}</h2>
            {pendingRequests.map((event) => (
              <p key={event} className="mb-4 text-sm text-amber-800" data-testid="pending-request">
                {event === "ACTIVATE" ? t("activationPending") : ts("pending", { action: t(`actions.${event}`) })}
              </p>
            ))}
            {events.length > 0 ? (
              <div className="space-y-4">
                <DecisionForms events={events} decisions={decisions} hidden={hidden} />
              </div>
            ) : (
              pendingRequests.length === 0 && <p className="text-sm text-slate-500">{t("noDecisionHere")}</p>
            )}
          </Card>
        </div>
      </div>
      {/* Issue 13 §4: the company's ledger entries and audit rows (history and requests are in its record above). */}
      <EntityRecordSections {...sections} withHistoryAndRequests={false} />
    </div>
  );
}
