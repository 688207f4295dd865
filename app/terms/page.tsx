import type { Metadata } from "next";
import { LegalDocument, legalMetadata } from "@/components/layout/legal-document";

export function generateMetadata(): Promise<Metadata> {
  return legalMetadata("terms");
}

/** Public: linked from every page's footer and readable before registering. */
export default function TermsPage() {
  return <LegalDocument name="terms" />;
}
