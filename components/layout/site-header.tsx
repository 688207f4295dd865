import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import { SessionNav } from "./session-nav";

/**
 * The same for everyone, so that cached public pages can carry it (issue 9); the per-user links are SessionNav,
 * filled in by the browser.
 */
export async function SiteHeader() {
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
          <SessionNav />
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
