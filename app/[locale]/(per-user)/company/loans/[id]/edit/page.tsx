import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { fenToYuanString, formatRateBp } from "@/lib/domain/money";
import { mayEditLoanDraft } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { isDomainError } from "@/lib/server/errors";
import { getOwnLoanRequest } from "@/lib/server/loan-requests/read-loan-requests";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { LoanRequestForm } from "../../loan-request-form";
import { loanRequestFormMessages } from "../../loan-request-form.messages";

export default async function EditLoanRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["COMPANY"], `/company/loans/${id}/edit`);
  const [t, db] = await Promise.all([getTranslations("loanRequests"), getDb()]);
  const { project } = await getOwnLoanRequest(db, user.id, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!mayEditLoanDraft(project, user)) redirect(`/company/loans/${id}`);
  return (
    <ClientMessages namespaces={loanRequestFormMessages}>
      <div>
        <PageHeader title={t("editTitle")} />
        <LoanRequestForm
          projectId={project.id}
          startDay={businessToday()}
          limits={await getLoanLimits(db)}
          values={{
            title: project.title,
            purpose: project.purpose,
            amount: fenToYuanString(project.amountFen),
            annualRate: formatRateBp(project.annualRateBp).replace("%", ""),
            termMonths: String(project.termMonths),
            repaymentMethod: project.repaymentMethod,
            fundraisingDays: String(project.fundraisingDays),
            minInvestment: fenToYuanString(project.minInvestmentFen),
          }}
        />
      </div>
    </ClientMessages>
  );
}
