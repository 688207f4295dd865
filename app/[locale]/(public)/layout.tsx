import { setRequestLocale } from "next-intl/server";
import { SessionNav } from "@/components/layout/session-nav";
import { SiteHeader } from "@/components/layout/site-header";
import { ViewerProvider } from "@/components/layout/viewer-context";

/**
 * Visitors' pages, cached per locale and query (issue 9; lib/shared/public-pages.ts lists them): the same HTML
 * for everyone, so everything about who is looking (header links, calls to action) comes from /api/viewer in
 * the browser. Nothing here may read cookies or headers.
 */
export default async function PublicLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  // Next.js may render layouts apart from one another: each one names the locale itself (next-intl).
  setRequestLocale((await params).locale);
  return (
    <ViewerProvider>
      <SiteHeader session={<SessionNav />} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </ViewerProvider>
  );
}
