import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalculatorPage } from "@/components/loans/calculator-page";
import { decodeQuerySegment } from "@/lib/shared/public-pages";

// Visitors' pages are cached (issue 9); today's business date (the schedule's start) lags by at most this.
export const revalidate = 30;

/** Nothing at build time: each query is rendered on its first visit, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "calculator" });
  return { title: t("title") };
}

/** /calculator?<query>: proxy.ts carries the query here as one path segment (lib/shared/public-pages.ts). */
export default async function CalculatorQueryRoute({ params }: { params: Promise<{ locale: string; query: string }> }) {
  const { locale, query } = await params;
  setRequestLocale(locale);
  return <CalculatorPage searchParams={decodeQuerySegment(query)} />;
}
