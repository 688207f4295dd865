import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListingFilters } from "@/components/loans/listing-filters";
import { ProjectCard } from "@/components/loans/project-card";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/lib/server/db";
import { type ListingSearchParams, listingUrlParams, listPublicProjects, parseListingSearchParams } from "@/lib/server/listings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("loans");
  return { title: t("title") };
}

/** Public listing: GET filters, sort and pagination in the URL, so everything works without JavaScript. */
export default async function LoansPage({ searchParams }: { searchParams: Promise<ListingSearchParams> }) {
  const { query, url } = parseListingSearchParams(await searchParams);
  const [t, tNav, db] = await Promise.all([getTranslations("loans"), getTranslations("nav"), getDb()]);
  const { items, total, page, pageSize } = await listPublicProjects(db, query);
  const now = new Date();
  const params = listingUrlParams(url);
  const filtered = Object.values(params).some(Boolean);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")}>
        <Link href="/calculator" className="text-sm font-medium">
          {tNav("calculator")} →
        </Link>
      </PageHeader>
      <p className="-mt-4 max-w-3xl text-sm text-slate-600">{t("intro")}</p>

      <ListingFilters url={url} />

      <p className="text-sm text-slate-600" data-testid="result-count" aria-live="polite">
        {t("resultCount", { count: total })}
      </p>

      {items.length === 0 ? (
        <EmptyState>
          <span className="block">{total > 0 ? t("pageEmpty") : t("empty")}</span>
          {total > 0 ? (
            <Link href={`/loans?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])))}`}>
              {t("firstPage")}
            </Link>
          ) : (
            filtered && (
              <span className="mt-2 block text-sm">
                {t("emptyHint")} <Link href="/loans">{t("filters.reset")}</Link>
              </span>
            )
          )}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("title")}>
          {items.map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} now={now} />
            </li>
          ))}
        </ul>
      )}

      <Pagination page={page} pageSize={pageSize} total={total} basePath="/loans" params={params} />
    </div>
  );
}
