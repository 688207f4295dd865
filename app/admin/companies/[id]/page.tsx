import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/admin/decision-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { isAwaitingVerification } from "@/lib/server/companies/company-profile";
import { getCompanyForStaff } from "@/lib/server/companies/company-verification-review";
import { getDb } from "@/lib/server/db";
import { isDomainError } from "@/lib/server/errors";
import { requestActivationAction, returnVerificationAction } from "../actions";

export default async function CompanyReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], `/admin/companies/${id}`);
  const [t, tc, format, locale, db] = await Promise.all([
    getTranslations("review"),
    getTranslations("company"),
    getFormatter(),
    getLocale(),
    getDb(),
  ]);
  const { company, requests } = await getCompanyForStaff(db, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const pending = requests.find((r) => r.status === "PENDING");
  const canAct = user.role === "CUSTOMER_SERVICE" && isAwaitingVerification(company) && !pending;
  return (
    <div className="space-y-6">
      <PageHeader title={company.name}>
        <span data-testid="company-status">{tc(`status.${company.status}`)}</span>
      </PageHeader>
      {company.creditCodeChecksumUnverified && (
        <p role="note" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800" data-testid="credit-code-unverified">
          <strong className="font-semibold">{t("creditCodeUnverified")}</strong> · {t("creditCodeUnverifiedNotice")}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              {(
                [
                  [tc("creditCode"), company.creditCode],
                  [tc("legalRepresentative"), company.legalRepresentative],
                  [tc("contactPhone"), company.contactPhone],
                  [tc("industry"), company.industry],
                  [tc("registeredCapital"), formatMoney(company.registeredCapitalFen, locale as MoneyLocale)],
                  [tc("address"), company.address ?? "–"],
                  [t("email"), company.user.email],
                  [
                    t("profileCompletedAt"),
                    company.profileCompletedAt
                      ? format.dateTime(company.profileCompletedAt, { dateStyle: "medium", timeStyle: "short" })
                      : "–",
                  ],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="font-medium">{value}</dd>
                </div>
              ))}
            </dl>
            {company.description && <p className="mt-4 whitespace-pre-line text-sm">{company.description}</p>}
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("documents")}</h2>
            {company.documents.length === 0 ? (
              <EmptyState>{tc("noDocuments")}</EmptyState>
            ) : (
              <ul className="divide-y text-sm">
                {company.documents.map((document) => (
                  <li key={document.id} className="flex justify-between py-2">
                    <span>
                      {tc(`documentKinds.${document.kind}`)} · {document.fileName}
                    </span>
                    <a href={`/api/documents/${document.id}`} target="_blank" rel="noopener">
                      {tc("view")}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-6">
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
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("reviewRequests")}</h2>
            <ul className="space-y-2 text-sm">
              {requests.map((request) => (
                <li key={request.id}>
                  {t.has(`actions.${request.action}`) ? t(`actions.${request.action}`) : request.action} ·{" "}
                  {t(`requestStatus.${request.status}`)} · {format.dateTime(request.createdAt, { dateStyle: "medium" })}
                  {request.decisionReason && <p className="text-slate-600">{request.decisionReason}</p>}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </div>
  );
}
