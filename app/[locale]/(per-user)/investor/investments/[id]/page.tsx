import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InvestmentScheduleTable } from "@/components/repayments/investment-schedule-table";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { getInvestmentSchedule } from "@/lib/server/repayment-views";

/** One of the investor's own investments with its schedule of claims; anyone else's (or none) is a 404. */
export default async function InvestmentSchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["INVESTOR"], `/investor/investments/${encodeURIComponent(id)}`);
  const [t, tInvesting, locale, db] = await Promise.all([
    getTranslations("investorRepayments.schedule"),
    getTranslations("investing"),
    getLocale(),
    getDb(),
  ]);
  const schedule = await getInvestmentSchedule(db, user.id, id, {
    today: businessToday(),
  });
  if (!schedule) notFound();
  const moneyLocale = toLocale(locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <Card>
        <p className="text-lg" data-testid="schedule-summary">
          <Figure>{formatMoney(schedule.amountFen, moneyLocale)}</Figure> ·{" "}
          <Link prefetch={false} href={`/loans/${schedule.projectId}`}>
            {schedule.projectTitle}
          </Link>
        </p>
        <p className="mt-1 text-sm text-slate-600">
          {t("status")}: <span data-testid="schedule-investment-status">{tInvesting(`status.${schedule.status}`)}</span>
        </p>
      </Card>
      <Card>
        {schedule.lines.length === 0 ? (
          <EmptyState>{t("notDisbursed")}</EmptyState>
        ) : (
          <>
            <InvestmentScheduleTable schedule={schedule} locale={moneyLocale} />
            <p className="mt-3 text-xs text-slate-600">{t("feeNote")}</p>
          </>
        )}
      </Card>
    </div>
  );
}
