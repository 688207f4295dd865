import { setRequestLocale } from "next-intl/server";
import { ServerSessionNav } from "@/components/layout/server-session-nav";
import { SiteHeader } from "@/components/layout/site-header";

/**
 * Pages rendered per request for whoever is asking: sessions, forms, role checks and the nonce policy
 * (proxy.ts). Never cached; only visitors' pages are (issue 9, lib/shared/public-pages.ts). The header's
 * per-user links are rendered here, on the server, so they work without JavaScript.
 */
export const dynamic = "force-dynamic";

export default async function PerUserLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  // Next.js may render layouts apart from one another: each one names the locale itself (next-intl).
  setRequestLocale((await params).locale);
  return (
    <>
      <SiteHeader session={<ServerSessionNav />} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
