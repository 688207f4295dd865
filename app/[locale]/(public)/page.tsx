import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HeroActions } from "@/components/home/hero-actions";
import { getListingText } from "@/components/loans/listing-text";
import { PlatformStatsPanel } from "@/components/loans/platform-stats";
import { LoanProjectCardList } from "@/components/loans/project-card-list";
import { projectCardLabels, toLoanProjectCardView } from "@/components/loans/project-card-view";
import { buttonClasses } from "@/components/ui/button-classes";
import { EmptyState } from "@/components/ui/card";
import { getClock } from "@/lib/server/clock";
import { cachedPlatformStats, cachedPublicListing } from "@/lib/server/public-cache";

const FEATURED = 6;

// Visitors' pages are cached (issue 9): see lib/server/public-cache for the tags and this bound.
export const revalidate = 30;

/** The same cached page for everyone: who is looking changes only HeroActions, in the browser. */
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const [t, text] = await Promise.all([getTranslations(), getListingText()]);
  const [stats, fundraising] = await Promise.all([
    cachedPlatformStats(),
    cachedPublicListing({ status: "FUNDRAISING", sort: "newest", page: 1, pageSize: FEATURED }),
  ]);
  const now = getClock().now();
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-12 text-white sm:px-12">
        <h1 className="max-w-2xl text-3xl font-bold sm:text-4xl">{t("home.heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-brand-100">{t("home.heroBody")}</p>
        <HeroActions />
      </section>

      <PlatformStatsPanel stats={stats} />

      <section aria-labelledby="fundraising-heading" className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="fundraising-heading" className="text-xl font-semibold">
            {t("home.fundraisingHeading")}
          </h2>
          {fundraising.total > 0 && (
            <Link prefetch={false} href="/loans?status=FUNDRAISING" className="text-sm font-medium">
              {t("home.viewAll")} →
            </Link>
          )}
        </div>
        {fundraising.items.length === 0 ? (
          <EmptyState>{t("home.noFundraising")}</EmptyState>
        ) : (
          <LoanProjectCardList
            cards={fundraising.items.map((project) => toLoanProjectCardView(project, text))}
            labels={projectCardLabels(text)}
            serverNow={now.toISOString()}
            labelledBy="fundraising-heading"
          />
        )}
      </section>

      <section className="flex flex-col items-start gap-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">{t("home.calculatorTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("home.calculatorBody")}</p>
        </div>
        <Link prefetch={false} href="/calculator" className={`${buttonClasses("primary")} hover:no-underline`}>
          {t("home.calculatorCta")}
        </Link>
      </section>
    </div>
  );
}
