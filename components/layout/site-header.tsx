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
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 hover:no-underline">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/loans">{t("nav.loans")}</Link>
          <Link href="/calculator">{t("nav.calculator")}</Link>
          {session}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
