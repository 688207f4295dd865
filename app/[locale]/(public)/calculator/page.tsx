import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CalculatorPage } from "@/components/loans/calculator-page";

// Visitors' pages are cached (issue 9); today's business date (the schedule's start) lags by at most this.
export const revalidate = 30;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "calculator" });
  return { title: t("title") };
}

/** /calculator without a query (a query goes to ./q/[query], through proxy.ts). */
export default async function CalculatorRoute({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <CalculatorPage searchParams={{}} />;
}
