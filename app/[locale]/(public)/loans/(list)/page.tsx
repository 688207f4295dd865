import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingPage } from "@/components/loans/listing-page";

// Visitors' pages are cached (issue 9): see lib/server/public-cache for the tags and this bound.
export const revalidate = 30;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "loans" });
  return { title: t("title") };
}

/**
 * /loans without a filter (next.config.ts rewrites it here without the proxy, lib/shared/public-pages.ts); a URL
 * with a filter goes to ../q/[query] through proxy.ts.
 */
export default async function LoansPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <ListingPage searchParams={{}} queryUnseen />;
}
