import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { LoanRequestForm } from "../loan-request-form";
import { loanRequestFormMessages } from "../loan-request-form.messages";

export default async function NewLoanRequestPage() {
  await requirePageRole(["COMPANY"], "/company/loans/new");
  const [t, db] = await Promise.all([getTranslations("loanRequests"), getDb()]);
  const limits = await getLoanLimits(db);
  return (
    <ClientMessages namespaces={loanRequestFormMessages}>
      <div>
        <PageHeader title={t("newTitle")} />
        <LoanRequestForm
          startDay={businessToday()}
          limits={limits}
          values={{
            title: "",
            purpose: "",
            amount: "",
            annualRate: "",
            termMonths: "12",
            repaymentMethod: "EQUAL_INSTALLMENT",
            fundraisingDays: "10",
            minInvestment: "100.00",
          }}
        />
      </div>
    </ClientMessages>
  );
}
