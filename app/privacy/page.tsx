import type { Metadata } from "next";
import { LegalDocument, legalMetadata } from "@/components/layout/legal-document";

export function generateMetadata(): Promise<Metadata> {
  return legalMetadata("privacy");
}

/** Public: linked from every page's footer and readable before registering. */
export default function PrivacyPage() {
  return <LegalDocument name="privacy" />;
}
