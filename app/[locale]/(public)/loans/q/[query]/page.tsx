import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingPage } from "@/components/loans/listing-page";
import { decodeQuerySegment } from "@/lib/shared/public-pages";

// Visitors' pages are cached (issue 9): see lib/server/public-cache for the tags and this bound.
export const revalidate = 30;

/** Nothing at build time: each query is rendered on its first visit, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "loans" });
  return { title: t("title") };
}

/** /loans?<query>: proxy.ts carries the query here as one path segment (lib/shared/public-pages.ts). */
export default async function LoansQueryPage({ params }: { params: Promise<{ locale: string; query: string }> }) {
  const { locale, query } = await params;
  setRequestLocale(locale);
  return <ListingPage searchParams={decodeQuerySegment(query)} />;
}
