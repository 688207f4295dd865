import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListingFilters } from "@/components/loans/listing-filters";
import { getListingText } from "@/components/loans/listing-text";
import { LoanProjectCardList } from "@/components/loans/project-card-list";
import { projectCardLabels, toLoanProjectCardView } from "@/components/loans/project-card-view";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getClock } from "@/lib/server/clock";
import { type ListingSearchParams, listingUrlParams, parseListingSearchParams } from "@/lib/server/listings";
import { cachedPublicListing } from "@/lib/server/public-cache";

/**
 * Public listing: GET filters, sort and pagination in the URL, so everything works without JavaScript. Rendered
 * by app/[locale]/(public)/loans (no query) and app/[locale]/(public)/loans/q/[query] (proxy.ts moves the query there), so each
 * query is its own cached page (issue 9). `queryUnseen`: rendered for any URL without a filter
 * (lib/shared/public-pages.ts), whose other parameters only the browser sees.
 *
 * There is deliberately no loading.tsx here. A route-level loading boundary makes Next.js stream this page:
 * the HTML arrives as a skeleton plus hidden chunks that inline scripts move into place, so with JavaScript
 * disabled the listing stays blank. components/loans/listing-skeleton.tsx is ready should that trade-off
 * change (put the loading.tsx inside this (list) group, never in app/loans: there it would also wrap
 * /loans/[id], whose unknown ids would then answer 200 instead of 404).
 */
export async function ListingPage({ searchParams, queryUnseen = false }: { searchParams: ListingSearchParams; queryUnseen?: boolean }) {
  const { query, url, ignored, typed } = parseListingSearchParams(searchParams);
  const [text, tNav] = await Promise.all([getListingText(), getTranslations("nav")]);
  const { t } = text;
  const { items, total, page, pageSize } = await cachedPublicListing(query);
  const now = getClock().now();
  const params = listingUrlParams(url);
  const filtered = Object.values(params).some(Boolean);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <Link prefetch={false} href="/calculator" className="text-sm font-medium">
          {tNav("calculator")} →
        </Link>
      </PageHeader>
      <p className="-mt-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>

      <ListingFilters url={url} t={t} ignored={ignored} typed={typed} queryUnseen={queryUnseen} />

      <p className="text-sm text-slate-600" data-testid="result-count" aria-live="polite">
        {t("resultCount", { count: total })}
      </p>

      {items.length === 0 ? (
        <EmptyState>
          <span className="block">{total > 0 ? t("pageEmpty") : t("empty")}</span>
          {total > 0 ? (
            <Link
              prefetch={false}
              href={`/loans?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])))}`}
            >
              {t("firstPage")}
            </Link>
          ) : (
            filtered && (
              <span className="mt-2 block text-sm">
                {t("emptyHint")}{" "}
                <Link prefetch={false} href="/loans">
                  {t("filters.reset")}
                </Link>
              </span>
            )
          )}
        </EmptyState>
      ) : (
        <LoanProjectCardList
          cards={items.map((project) => toLoanProjectCardView(project, text))}
          labels={projectCardLabels(text)}
          serverNow={now.toISOString()}
          label={t("title")}
        />
      )}

      <Pagination page={page} pageSize={pageSize} total={total} basePath="/loans" params={params} />
    </div>
  );
}
