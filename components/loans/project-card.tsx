import Link from "next/link";
import { Figure } from "@/components/ui/figure";
import { formatMoney, formatRateBp } from "@/lib/domain/money";
import type { PublicProjectSummary } from "@/lib/server/listings";
import { DeadlineCountdown } from "./deadline-countdown";
import { FundingProgress } from "./funding-progress";
import type { ListingText } from "./listing-text";
import { LoanStatusBadge, RiskGradeBadge } from "./status-badge";

/** One project in a listing (home page and /loans). `now` is the server's clock for the countdown. */
export function ProjectCard({ project, now, text }: { project: PublicProjectSummary; now: Date; text: ListingText }) {
  const { t, locale, format } = text;
  const open = project.status === "FUNDRAISING" && project.fundraisingDeadline;
  return (
    <article
      className="flex h-full flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-500"
      data-testid="project-card"
      data-rate-bp={project.annualRateBp}
      data-term-months={project.termMonths}
      data-method={project.repaymentMethod}
      data-status={project.status}
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <LoanStatusBadge status={project.status} t={t} />
          <RiskGradeBadge grade={project.riskGrade} t={t} />
        </div>
        <h3 className="text-base font-semibold leading-snug text-slate-900">
          <Link href={`/loans/${project.id}`} className="text-slate-900 hover:text-brand-600">
            {project.title}
          </Link>
        </h3>
        <p className="text-sm text-slate-500">{project.companyName}</p>
      </header>

      {/* Figures never break inside (Figure); on a narrow card the amount moves to its own line instead. */}
      <dl className="flex flex-wrap justify-between gap-x-4 gap-y-2">
        <div>
          <dt className="text-xs text-slate-500">{t("fields.annualRate")}</dt>
          <dd className="text-lg font-semibold text-red-600" data-testid="project-rate">
            <Figure>{formatRateBp(project.annualRateBp)}</Figure>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("fields.term")}</dt>
          <dd className="text-lg font-semibold text-slate-900">
            <Figure>{t("termMonths", { months: project.termMonths })}</Figure>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t("fields.amount")}</dt>
          <dd className="text-lg font-semibold text-slate-900">
            <Figure>{formatMoney(project.amountFen, locale)}</Figure>
          </dd>
        </div>
      </dl>

      <p className="text-sm text-slate-600">
        <span className="mr-2 text-slate-500">{t("fields.method")}</span>
        <span data-testid="project-method">{t(`method.${project.repaymentMethod}`)}</span>
      </p>

      <FundingProgress progressBp={project.progressBp} label={t("progress.label")} size="sm" />

      <footer className="mt-auto flex flex-wrap items-center justify-between gap-2 text-sm">
        {open ? (
          <span className="text-slate-600">
            <span className="mr-2">{t("countdown.label")}</span>
            <DeadlineCountdown
              deadline={project.fundraisingDeadline?.toISOString() ?? ""}
              serverNow={now.toISOString()}
              className="font-medium text-slate-900"
            />
          </span>
        ) : (
          <span className="text-slate-500">
            {project.publishedAt && (
              <>
                <span className="mr-2">{t("fields.publishedAt")}</span>
                {format.dateTime(project.publishedAt, { dateStyle: "medium" })}
              </>
            )}
          </span>
        )}
        <Link href={`/loans/${project.id}`} className="font-medium" aria-label={`${t("viewDetails")} · ${project.title}`}>
          {t("viewDetails")} →
        </Link>
      </footer>
    </article>
  );
}
