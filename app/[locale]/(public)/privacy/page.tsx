import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { LegalDocument, legalMetadata } from "@/components/layout/legal-document";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return legalMetadata("privacy", (await params).locale);
}

// Visitors' pages are cached (issue 9).
export const revalidate = 30;

/** Public: linked from every page's footer and readable before registering. */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return <LegalDocument name="privacy" />;
}
