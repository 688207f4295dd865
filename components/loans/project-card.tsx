import Link from "next/link";
import { Figure } from "@/components/ui/figure";
import { DeadlineCountdown } from "./deadline-countdown";
import { FundingProgress } from "./funding-progress";
import type { LoanProjectCardLabels, LoanProjectCardView } from "./project-card-view";
import { LoanStatusPill, RiskGradeMark } from "./status-badge";

/**
 * One project in a listing (home page and /loans), from its pre-formatted view (project-card-view.ts).
 * `serverNow` (ISO) is the server's clock for the countdown. Rendered inside the client list
 * (project-card-list.tsx), so it imports nothing server-only.
 * Styled by named classes (app/globals.css: .project-card, .card-figures, .card-foot). Its links do not prefetch:
 * 20 project pages fetched ahead on a phone's data plan for one of them opened, and the project pages are
 * cached anyway.
 */
export function LoanProjectCard({
  card,
  labels,
  serverNow,
}: {
  card: LoanProjectCardView;
  labels: LoanProjectCardLabels;
  serverNow: string;
}) {
  const href = `/loans/${card.id}`;
  return (
    <article
      className="project-card"
      data-testid="project-card"
      data-rate-bp={card.annualRateBp}
      data-term-months={card.termMonths}
      data-method={card.repaymentMethod}
      data-status={card.status}
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <LoanStatusPill status={card.status} text={card.statusText} />
          <RiskGradeMark grade={card.riskGrade} text={card.riskGradeText} />
        </div>
        <h3>
          <Link href={href} prefetch={false}>
            {card.title}
          </Link>
        </h3>
        <p>{card.companyName}</p>
      </header>

      {/* Figures never break inside (Figure); on a narrow card the amount moves to its own line instead. */}
      <dl className="card-figures">
        <div>
          <dt>{labels.annualRate}</dt>
          <dd className="rate" data-testid="project-rate">
            <Figure>{card.rateText}</Figure>
          </dd>
        </div>
        <div>
          <dt>{labels.term}</dt>
          <dd>
            <Figure>{card.termText}</Figure>
          </dd>
        </div>
        <div>
          <dt>{labels.amount}</dt>
          <dd>
            <Figure>{card.amountText}</Figure>
          </dd>
        </div>
      </dl>

      <p className="text-sm text-slate-600">
        <span className="mr-2 text-slate-500">{labels.method}</span>
        <span data-testid="project-method">{card.methodText}</span>
      </p>

      <FundingProgress progressBp={card.progressBp} label={labels.progress} size="sm" />

      <footer className="card-foot">
        {card.deadline ? (
          <span className="text-slate-600">
            <span className="mr-2">{labels.countdown}</span>
            <DeadlineCountdown deadline={card.deadline} serverNow={serverNow} className="font-medium text-slate-900" />
          </span>
        ) : (
          <span className="text-slate-500">
            {card.publishedText && (
              <>
                <span className="mr-2">{labels.publishedAt}</span>
                {card.publishedText}
              </>
            )}
          </span>
        )}
        <Link href={href} prefetch={false} className="font-medium" aria-label={`${labels.viewDetails} · ${card.title}`}>
          {labels.viewDetails} →
        </Link>
      </footer>
    </article>
  );
}
