import { useLocale, useTranslations } from "next-intl";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney, formatRateBp } from "@/lib/domain/money";
import type { PlatformStats } from "@/lib/server/stats";

/** The home page's platform figures (DESIGN §7), from getPlatformStats; each says what it counts in small print. */
export function PlatformStatsPanel({ stats }: { stats: PlatformStats }) {
  const t = useTranslations("home");
  const locale = toLocale(useLocale());
  const money = (fen: bigint) => formatMoney(fen, locale);
  return (
    <section aria-labelledby="platform-stats-heading">
      <h2 id="platform-stats-heading" className="mb-4 text-xl font-semibold">
        {t("statsHeading")}
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Stat
          label={t("totalFinanced")}
          value={money(stats.totalFinancedFen)}
          hint={t("totalFinancedHint", { count: stats.financedProjectCount })}
          testId="stat-total-financed"
        />
        <Stat
          label={t("projects")}
          value={String(stats.publicProjectCount)}
          hint={t("projectsHint", { count: stats.settledProjectCount })}
          testId="stat-projects"
        />
        <Stat
          label={t("fundraisingAmount")}
          value={money(stats.fundraisingAmountFen)}
          hint={t("fundraisingHint", { count: stats.fundraisingProjectCount, remaining: money(stats.fundraisingRemainingFen) })}
          testId="stat-fundraising"
        />
        <Stat label={t("totalRepaid")} value={money(stats.totalRepaidFen)} hint={t("totalRepaidHint")} testId="stat-total-repaid" />
        <Stat label={t("overdueRate")} value={formatRateBp(stats.overdueRateBp)} hint={t("overdueRateHint")} testId="stat-overdue-rate" />
      </dl>
    </section>
  );
}

function Stat({ label, value, hint, testId }: { label: string; value: string; hint: string; testId: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900" data-testid={testId}>
        <Figure>{value}</Figure>
      </dd>
      <dd className="mt-1 text-xs text-slate-500">{hint}</dd>
    </div>
  );
}
