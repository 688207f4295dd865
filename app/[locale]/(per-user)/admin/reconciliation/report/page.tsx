import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
import { toLocale } from "@/i18n/locales";
import { addDays, parseBusinessDate } from "@/lib/domain/dates";
import { ReconciliationDifferenceKinds } from "@/lib/domain/machines/reconciliation-difference";
import { formatMoney } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getClock, today } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { readDailyReport } from "@/lib/server/reconciliation";
import { rolesWith } from "@/lib/shared/capabilities";

const BASE = "/admin/reconciliation/report";

/**
 * The daily reconciliation report of one business day (?date=YYYY-MM-DD; yesterday in the business time zone
 * by the clock when absent): in and out on the statement and on the platform, lines matched and differences
 * per kind, and the platform's ledger balance at the gateway against the statement's closing balance.
 */
export default async function ReconciliationReportPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  const user = await requirePageRole(rolesWith("reconciliation.view"), BASE);
  const asked = (await searchParams).date;
  const parsed = typeof asked === "string" && asked.length <= 10 ? parseBusinessDate(asked) : null;
  const date = parsed ?? addDays(today(getClock()), -1);
  const [t, locale, db] = await Promise.all([getTranslations("reconciliation"), getLocale(), getDb()]);
  const report = await readDailyReport(db, { id: user.id, role: user.role }, date);
  const money = (fen: bigint) => <Figure>{formatMoney(fen, toLocale(locale))}</Figure>;
  const totals = [
    { key: "side", label: "" },
    { key: "in", label: t("report.in"), align: "right" as const },
    { key: "out", label: t("report.out"), align: "right" as const },
  ];

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link prefetch={false} href="/admin/reconciliation">
          ← {t("detail.back")}
        </Link>
      </p>
      <PageHeader title={t("report.title")}>
        {/* A plain GET form: works without JavaScript. */}
        <form method="get" action={BASE} className="flex flex-wrap items-end gap-2" data-testid="report-date-form">
          <label className="space-y-1 text-sm">
            <span className="block font-medium text-slate-700">{t("report.date")}</span>
            <input type="date" name="date" defaultValue={date} className="block rounded-md border border-slate-300 px-3 py-2" />
          </label>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("report.show")}
          </button>
        </form>
      </PageHeader>
      {asked !== undefined && !parsed && (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("report.invalidDate")}
        </p>
      )}
      <p className="text-sm text-slate-600" data-testid="report-date">
        {t("report.date")}: {report.businessDate}
      </p>
      {!report.imported && <EmptyState>{t("report.noStatement")}</EmptyState>}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("report.totals")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="report-totals">
            <FigureTableHead columns={totals} />
            <tbody>
              <FigureTableRow
                columns={totals}
                rowHeader
                testId="report-statement"
                cells={[t("report.statement"), money(report.statement.inFen), money(report.statement.outFen)]}
              />
              <FigureTableRow
                columns={totals}
                rowHeader
                testId="report-platform"
                cells={[t("report.platform"), money(report.platform.inFen), money(report.platform.outFen)]}
              />
            </tbody>
          </table>
        </div>
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("report.results")}</h2>
        <dl className="grid grid-cols-2 gap-3 text-sm md:grid-cols-5" data-testid="report-results">
          <div className="min-w-0 rounded-md border border-slate-200 p-3" data-testid="report-matched">
            <dt className="text-slate-500">{t("report.matched")}</dt>
            <dd className="mt-1 text-lg font-semibold">{report.counts.matched}</dd>
          </div>
          {ReconciliationDifferenceKinds.map((kind) => (
            <div key={kind} className="min-w-0 rounded-md border border-slate-200 p-3" data-testid={`report-${kind}`}>
              <dt className="text-slate-500">{t(`kind.${kind}`)}</dt>
              <dd className="mt-1 text-lg font-semibold">{report.counts.differences[kind]}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("report.balances")}</h2>
        <dl className="grid gap-3 text-sm sm:grid-cols-3" data-testid="report-balances">
          <div>
            <dt className="text-slate-500">{t("report.gatewayBalance")}</dt>
            <dd className="font-semibold">{money(report.balance.platformFen)}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("report.closingBalance")}</dt>
            <dd className="font-semibold">
              {report.balance.statementClosingFen === null ? t("report.unknown") : money(report.balance.statementClosingFen)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("report.balanceDifference")}</dt>
            <dd className="font-semibold" data-testid="balance-difference">
              {report.balance.differenceFen === null ? t("report.unknown") : money(report.balance.differenceFen)}
            </dd>
          </div>
        </dl>
      </Card>
    </div>
  );
}
