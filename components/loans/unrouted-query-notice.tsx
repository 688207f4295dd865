"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { IgnoredFiltersNotice } from "@/components/loans/ignored-filters-notice";
import { unknownListingParam } from "@/lib/shared/page-query-fields";

/**
 * Reports unknown listing parameters (e.g. `/loans?rate=50`) on the plain /loans page. A URL with no filter the
 * listing reads skips the proxy and is served this one cached page (lib/shared/public-pages.ts), which cannot
 * see its query, so the browser reads it: the same sentences the server writes for a URL that also carries a
 * filter (lib/server/listings/query.ts). Shows nothing before JavaScript runs, nor for utm_* and _* tags.
 */
export function UnroutedQueryNotice() {
  // Read in the browser only: on a cached page, useSearchParams needs a boundary to render without the query.
  return (
    <Suspense fallback={null}>
      <UnknownParams />
    </Suspense>
  );
}

function UnknownParams() {
  const t = useTranslations("loans.filterIgnored");
  const searchParams = useSearchParams();
  const unknown: { param: string; value: string }[] = [];
  for (const name of new Set(searchParams.keys())) {
    // The first value of a repeated name, as the server reads it.
    const item = unknownListingParam(name, searchParams.get(name) ?? "");
    if (item) unknown.push(item);
  }
  return <IgnoredFiltersNotice heading={t("heading")} items={unknown.map((item) => ({ key: item.param, text: t("unknown", item) }))} />;
}
