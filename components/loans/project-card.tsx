import Link from "next/link";
import { Figure } from "@/components/ui/figure";
import { formatMoney, formatRateBp } from "@/lib/domain/money";
import type { PublicProjectSummary } from "@/lib/server/listings";
import { DeadlineCountdown } from "./deadline-countdown";
import { FundingProgress } from "./funding-progress";
import type { ListingText } from "./listing-text";
import { LoanStatusBadge, RiskGradeBadge } from "./status-badge";

/**
 * One project in a listing (home page and /loans). `now` is the server's clock for the countdown.
 * Styled by named classes (app/globals.css: .project-card, .card-figures, .card-foot): a listing sends 20 of these
 * twice (HTML and React payload). Its links do not prefetch: 20 project pages fetched ahead on a phone's data
 * plan for one of them opened, and the project pages are cached anyway.
 */
export function ProjectCard({ project, now, text }: { project: PublicProjectSummary; now: Date; text: ListingText }) {
  const { t, locale, format } = text;
  const open = project.status === "FUNDRAISING" && project.fundraisingDeadline;
  return (
    <article
      className="project-card"
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
        <h3>
          <Link href={`/loans/${project.id}`} prefetch={false}>
            {project.title}
          </Link>
        </h3>
        <p>{project.companyName}</p>
      </header>

      {/* Figures never break inside (Figure); on a narrow card the amount moves to its own line instead. */}
      <dl className="card-figures">
        <div>
          <dt>{t("fields.annualRate")}</dt>
          <dd className="rate" data-testid="project-rate">
            <Figure>{formatRateBp(project.annualRateBp)}</Figure>
          </dd>
        </div>
        <div>
          <dt>{t("fields.term")}</dt>
          <dd>
            <Figure>{t("termMonths", { months: project.termMonths })}</Figure>
          </dd>
        </div>
        <div>
          <dt>{t("fields.amount")}</dt>
          <dd>
            <Figure>{formatMoney(project.amountFen, locale)}</Figure>
          </dd>
        </div>
      </dl>

      <p className="text-sm text-slate-600">
        <span className="mr-2 text-slate-500">{t("fields.method")}</span>
        <span data-testid="project-method">{t(`method.${project.repaymentMethod}`)}</span>
      </p>

      <FundingProgress progressBp={project.progressBp} label={t("progress.label")} size="sm" />

      <footer className="card-foot">
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
        <Link href={`/loans/${project.id}`} prefetch={false} className="font-medium" aria-label={`${t("viewDetails")} · ${project.title}`}>
          {t("viewDetails")} →
        </Link>
      </footer>
    </article>
  );
}
