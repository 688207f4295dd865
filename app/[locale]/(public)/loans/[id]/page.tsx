import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InvestPanel } from "@/components/investing/invest-panel";
import { investPanelMessages } from "@/components/investing/invest-panel.messages";
import { DeadlineCountdown } from "@/components/loans/deadline-countdown";
import { FundingProgress } from "@/components/loans/funding-progress";
import { InvestmentRecords } from "@/components/loans/investment-records";
import { investmentRecordsMessages } from "@/components/loans/investment-records.messages";
import { formatDueDate, ScheduleTable } from "@/components/loans/schedule-table";
import { LoanStatusBadge, RiskGradeBadge } from "@/components/loans/status-badge";
import { Card } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney, formatRateBp } from "@/lib/domain/money";
import { projectSchedule } from "@/lib/domain/schedules";
import { getClock } from "@/lib/server/clock";
import { PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE } from "@/lib/server/listings";
import { cachedPublicLoanProject } from "@/lib/server/public-cache";
import { RECORD_TIME } from "@/lib/shared/public-investment-records";

// Visitors' pages are cached (issue 9): see lib/server/public-cache for the tags and this bound.
export const revalidate = 30;

/** Nothing at build time: each project page is rendered on its first visit, then cached. */
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await cachedPublicLoanProject((await params).id);
  return project ? { title: project.title } : {};
}

/** A published project: terms, progress, masked borrower profile, schedule preview and masked investments. */
export default async function LoanProjectPage({ params }: Props) {
  const { locale: segmentLocale, id } = await params;
  setRequestLocale(segmentLocale);
  const project = await cachedPublicLoanProject(id);
  if (!project) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("loans"), getFormatter(), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const clock = getClock();
  const now = clock.now();

  // Interest really starts on the payout day; until then the preview counts from the business date of
  // publication (or today's), in the business zone.
  const { startDate: start, schedule, totals } = projectSchedule(project, now, clock.zone);
  const open = project.status === "FUNDRAISING" && project.fundraisingDeadline;
  const { company, investments } = project;

  return (
    <div className="space-y-6">
      <Link prefetch={false} href="/loans" className="text-sm">
        ← {t("detail.backToList")}
      </Link>

      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <LoanStatusBadge status={project.status} t={t} />
          <RiskGradeBadge grade={project.riskGrade} t={t} />
        </div>
        <h1 className="mt-2 text-2xl font-semibold text-slate-900" data-testid="project-title">
          {project.title}
        </h1>
        <p className="mt-1 text-sm text-slate-500">{company.name}</p>

        {/* Figures never break inside (Figure); on a phone the amount moves to its own line instead. */}
        <dl className="mt-6 flex flex-wrap gap-x-10 gap-y-3">
          <div>
            <dt className="text-xs text-slate-500">{t("fields.annualRate")}</dt>
            <dd className="text-2xl font-semibold text-red-600">
              <Figure>{formatRateBp(project.annualRateBp)}</Figure>
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t("fields.term")}</dt>
            <dd className="text-2xl font-semibold">
              <Figure>{t("termMonths", { months: project.termMonths })}</Figure>
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t("fields.amount")}</dt>
            <dd className="text-2xl font-semibold">
              <Figure>{money(project.amountFen)}</Figure>
            </dd>
          </div>
        </dl>

        <div className="mt-6 space-y-2">
          <FundingProgress progressBp={project.progressBp} label={t("progress.label")} />
          <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
            <span>{t("fields.raised", { raised: money(project.fundedFen) })}</span>
            <span>{t("fields.remaining", { remaining: money(project.amountFen - project.fundedFen) })}</span>
          </div>
          {open && (
            <p className="text-sm text-slate-600">
              <span className="mr-2">{t("countdown.label")}</span>
              <DeadlineCountdown
                deadline={project.fundraisingDeadline?.toISOString() ?? ""}
                serverNow={now.toISOString()}
                className="font-semibold text-slate-900"
              />
            </p>
          )}
        </div>
      </Card>

      {open && (
        <ClientMessages namespaces={investPanelMessages}>
          <InvestPanel projectId={project.id} />
        </ClientMessages>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("detail.terms")}</h2>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="project-terms">
            <Term label={t("fields.amount")} value={money(project.amountFen)} figure />
            <Term label={t("fields.annualRate")} value={formatRateBp(project.annualRateBp)} figure />
            <Term label={t("fields.term")} value={t("termMonths", { months: project.termMonths })} figure />
            <Term label={t("fields.method")} value={t(`method.${project.repaymentMethod}`)} />
            <Term label={t("fields.minInvestment")} value={money(project.minInvestmentFen)} figure />
            <Term label={t("fields.fundraisingDays")} value={t("fields.fundraisingDaysValue", { days: project.fundraisingDays })} />
            {project.publishedAt && <Term label={t("fields.publishedAt")} value={dateTime(project.publishedAt)} />}
            {project.fundraisingDeadline && <Term label={t("fields.deadline")} value={dateTime(project.fundraisingDeadline)} />}
            <Term
              label={t("fields.riskGrade")}
              value={project.riskGrade ? t("riskGradeShort", { grade: project.riskGrade }) : t("riskGradeNone")}
            />
            <Term label={t("fields.status")} value={t(`status.${project.status}`)} />
          </dl>
          <p className="mt-4 text-xs text-slate-500">{t("detail.riskNote")}</p>
        </Card>

        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("detail.company.heading")}</h2>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="company-profile">
            <Term label={t("detail.company.name")} value={company.name} />
            <Term label={t("detail.company.industry")} value={company.industry} />
            <Term label={t("detail.company.registeredCapital")} value={money(company.registeredCapitalFen)} figure />
            <Term label={t("detail.company.legalRepresentative")} value={company.legalRepresentativeMasked} />
            <Term label={t("detail.company.contactPhone")} value={company.contactPhoneMasked} />
            <Term label={t("detail.company.creditCode")} value={company.creditCodeMasked} />
            {company.address && <Term label={t("detail.company.address")} value={company.address} wide />}
            {company.activatedAt && (
              <Term label={t("detail.company.verifiedSince")} value={format.dateTime(company.activatedAt, { dateStyle: "medium" })} />
            )}
          </dl>
          {company.description && (
            <div className="mt-4 text-sm">
              <h3 className="font-medium text-slate-700">{t("detail.company.description")}</h3>
              <p className="mt-1 whitespace-pre-line text-slate-600">{company.description}</p>
            </div>
          )}
          <p className="mt-4 text-xs text-slate-500">{t("detail.company.maskedNote")}</p>
        </Card>
      </div>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">{t("detail.purpose")}</h2>
        <p className="whitespace-pre-line text-sm text-slate-700" data-testid="project-purpose">
          {project.purpose}
        </p>
      </Card>

      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("detail.schedule.heading")}</h2>
        <p className="mb-4 text-xs text-slate-500">
          {t("detail.schedule.note", { amount: money(project.amountFen), start: formatDueDate(start) })}{" "}
          {t("detail.schedule.perInvestmentNote")}
        </p>
        <ScheduleTable schedule={schedule} totals={totals} caption={t("detail.schedule.heading")} />
      </Card>

      <Card>
        <h2 className="mb-1 text-lg font-semibold">{t("detail.investments.heading")}</h2>
        {investments.count === 0 ? (
          <p className="text-sm text-slate-500">{t("detail.investments.none")}</p>
        ) : (
          <>
            <p className="mb-4 text-xs text-slate-500">
              {t("detail.investments.summary", { count: investments.count, total: money(investments.totalFen) })}
            </p>
            <ClientMessages namespaces={investmentRecordsMessages}>
              <InvestmentRecords
                projectId={project.id}
                initial={{
                  items: investments.items.map((record) => ({
                    investorMasked: record.investorMasked,
                    amount: money(record.amountFen),
                    time: format.dateTime(record.createdAt, RECORD_TIME),
                  })),
                  total: investments.count,
                  page: 1,
                  pageSize: PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE,
                }}
              />
            </ClientMessages>
          </>
        )}
      </Card>
    </div>
  );
}

/** `figure`: an amount, rate or term, kept on one line. */
function Term({ label, value, wide = false, figure = false }: { label: string; value: string; wide?: boolean; figure?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : ""}>
      <dt className="text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-900">{figure ? <Figure>{value}</Figure> : value}</dd>
    </div>
  );
}
