import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import type { MoneyLocale } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { limitHints } from "../limit-hints";
import { LoanRequestForm } from "../loan-request-form";

export default async function NewLoanRequestPage() {
  await requirePageRole(["COMPANY"], "/company/loans/new");
  const [t, locale, db] = await Promise.all([getTranslations("loanRequests"), getLocale(), getDb()]);
  const limits = await getLoanLimits(db);
  return (
    <div>
      <PageHeader title={t("newTitle")} />
      <LoanRequestForm
        startDay={businessToday()}
        hints={limitHints(limits, locale as MoneyLocale)}
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
  );
}
