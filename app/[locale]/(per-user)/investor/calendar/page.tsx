import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AmountsSummary } from "@/components/repayments/amounts-summary";
import { CalendarDayList } from "@/components/repayments/calendar-day-list";
import { CalendarGrid } from "@/components/repayments/calendar-grid";
import { monthLabel } from "@/components/repayments/month-label";
import { ReturnsByMonth } from "@/components/repayments/returns-by-month";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { toLocale } from "@/i18n/locales";
import { calendarMonthOf, parseCalendarMonth, shiftCalendarMonth } from "@/lib/domain/dates";
import { requirePageRole } from "@/lib/server/auth/session";
import { businessToday } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { getMonthlyReturns, getRepaymentCalendar } from "@/lib/server/repayment-views";

/**
 * The investor's repayment calendar (回款日历): `?month=YYYY-MM`, today's business month by default (an
 * unreadable month falls back to it); received and upcoming amounts per day and for the month, and the
 * returns of the twelve months up to it.
 */
export default async function RepaymentCalendarPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const user = await requirePageRole(["INVESTOR"], "/investor/calendar");
  const today = businessToday();
  const thisMonth = calendarMonthOf(today);
  const month = parseCalendarMonth((await searchParams).month) ?? thisMonth;
  const [t, locale, db] = await Promise.all([getTranslations("investorRepayments.calendar"), getLocale(), getDb()]);
  const [calendar, returns] = await Promise.all([
    getRepaymentCalendar(db, user.id, month, { today }),
    getMonthlyReturns(db, user.id, { until: month }),
  ]);
  const moneyLocale = toLocale(locale);
  const label = monthLabel(month, locale);
  const tReturns = await getTranslations("investorRepayments.returns");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} />
      <Card>
        <nav aria-label={t("monthNav")} className="mb-4 flex flex-wrap items-center justify-between gap-2">
          <Link prefetch={false} href={`/investor/calendar?month=${shiftCalendarMonth(month, -1)}`} data-testid="calendar-previous">
            ← {t("previous")}
          </Link>
          <h2 className="text-lg font-semibold" aria-live="polite" data-testid="calendar-month">
            {t("monthHeading", { month: label })}
          </h2>
          <Link prefetch={false} href={`/investor/calendar?month=${shiftCalendarMonth(month, 1)}`} data-testid="calendar-next">
            {t("next")} →
          </Link>
        </nav>
        {month !== thisMonth && (
          <p className="mb-4 text-center text-sm">
            <Link prefetch={false} href="/investor/calendar">
              {t("thisMonth")}
            </Link>
          </p>
        )}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <AmountsSummary title={t("receivedTotal")} amounts={calendar.received} locale={moneyLocale} testId="month-received" />
          <AmountsSummary title={t("upcomingTotal")} amounts={calendar.upcoming} locale={moneyLocale} testId="month-upcoming" />
        </div>
        <p className="mt-2 text-xs text-slate-600">{t("feeNote")}</p>
      </Card>
      <Card>
        {calendar.days.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <div className="space-y-6">
            <CalendarGrid month={month} days={calendar.days} today={today} locale={moneyLocale} caption={label} />
            <section aria-labelledby="calendar-days-heading">
              <h2 id="calendar-days-heading" className="mb-2 text-lg font-semibold">
                {t("dayDetails")}
              </h2>
              <CalendarDayList days={calendar.days} locale={moneyLocale} />
            </section>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-4 text-xl font-semibold">{tReturns("title")}</h2>
        <ReturnsByMonth returns={returns} locale={moneyLocale} />
      </Card>
    </div>
  );
}
