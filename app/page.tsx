import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getListingText } from "@/components/loans/listing-text";
import { PlatformStatsPanel } from "@/components/loans/platform-stats";
import { ProjectCard } from "@/components/loans/project-card";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/card";
import { getViewer } from "@/lib/server/auth/viewer";
import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { listPublicProjects } from "@/lib/server/listings";
import { getPlatformStats } from "@/lib/server/stats";
import { homeCallsToAction } from "@/lib/shared/calls-to-action";

const FEATURED = 6;

export default async function HomePage({ searchParams }: { searchParams: Promise<{ loggedOut?: string }> }) {
  const [t, text, { loggedOut }, db] = await Promise.all([getTranslations(), getListingText(), searchParams, getDb()]);
  const [stats, fundraising, viewer] = await Promise.all([
    getPlatformStats(db),
    listPublicProjects(db, { status: "FUNDRAISING", sort: "newest", pageSize: FEATURED }),
    getViewer(db),
  ]);
  // What this viewer can do next (a verified investor is not sent to register again).
  const ctas = homeCallsToAction(viewer);
  const now = getClock().now();
  return (
    <div className="space-y-10">
      {loggedOut && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("auth.loggedOut")}
        </p>
      )}
      <section className="rounded-xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-12 text-white sm:px-12">
        <h1 className="max-w-2xl text-3xl font-bold sm:text-4xl">{t("home.heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-brand-100">{t("home.heroBody")}</p>
        <div className="mt-8 flex flex-wrap gap-3" data-testid="hero-actions">
          {ctas.map((cta, index) => (
            <Link
              key={cta.href}
              href={cta.href}
              data-testid={index === 0 ? "hero-primary-cta" : undefined}
              className={
                index === 0
                  ? `${buttonClasses("secondary")} hover:no-underline`
                  : "rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/60 hover:no-underline"
              }
            >
              {t(`site.cta.${cta.label}`)}
            </Link>
          ))}
          {!ctas.some((cta) => cta.href === "/loans") && (
            <Link href="/loans" className="rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/60 hover:no-underline">
              {t("home.browseLoans")}
            </Link>
          )}
        </div>
      </section>

      <PlatformStatsPanel stats={stats} />

      <section aria-labelledby="fundraising-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="fundraising-heading" className="text-xl font-semibold">
            {t("home.fundraisingHeading")}
          </h2>
          {fundraising.total > 0 && (
            <Link href="/loans?status=FUNDRAISING" className="text-sm font-medium">
              {t("home.viewAll")} →
            </Link>
          )}
        </div>
        {fundraising.items.length === 0 ? (
          <EmptyState>{t("home.noFundraising")}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-labelledby="fundraising-heading">
            {fundraising.items.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} now={now} text={text} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="flex flex-col items-start gap-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">{t("home.calculatorTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("home.calculatorBody")}</p>
        </div>
        <Link href="/calculator" className={`${buttonClasses("primary")} hover:no-underline`}>
          {t("home.calculatorCta")}
        </Link>
      </section>
    </div>
  );
}
