import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The site's header. `session` is its per-user part: rendered on the server for pages rendered per request
 * (ServerSessionNav), in the browser for cached visitors' pages (SessionNav), so that those stay the same HTML
 * for everyone (issue 9).
 */
export async function SiteHeader({ session }: { session: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3">
        <Link prefetch={false} href="/" className="text-lg font-semibold text-slate-900 hover:no-underline">
          {t("common.appName")}
        </Link>
        {/* On a phone the links take a row of their own that never wraps (it scrolls sideways when a signed-in
            user's links are too long): a cached page learns who is looking only after it shows, and a header
            that grew a row then would push the whole page down (layout shift). */}
        <nav
          aria-label={t("nav.mainNavigation")}
          className="-mx-1 flex w-full items-center gap-4 overflow-x-auto whitespace-nowrap px-1 py-1 text-sm sm:w-auto"
        >
          <Link prefetch={false} href="/loans">
            {t("nav.loans")}
          </Link>
          <Link prefetch={false} href="/calculator">
            {t("nav.calculator")}
          </Link>
          {session}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
