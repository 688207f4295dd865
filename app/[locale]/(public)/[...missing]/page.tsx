import { notFound } from "next/navigation";

/**
 * Any URL no page answers: proxy.ts puts every page under the hidden [locale] segment, so an unknown path
 * lands here and gets the site's own 404 page (app/[locale]/not-found.tsx) in the visitor's language.
 */
export default function MissingPage() {
  notFound();
}
