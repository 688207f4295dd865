import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/app/_actions/session-actions";
import { getSessionUser } from "@/lib/server/auth/session";
import { homePathFor } from "@/lib/shared/role-home";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations(), getSessionUser()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 hover:no-underline">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/loans">{t("nav.loans")}</Link>
          <Link href="/calculator">{t("nav.calculator")}</Link>
          {user ? (
            <>
              <Link href={homePathFor(user.role)} data-testid="account-link">
                {user.role === "INVESTOR" || user.role === "COMPANY" ? t("nav.myAccount") : t("nav.admin")}
              </Link>
              <Link href="/account/password" className="text-slate-500" data-testid="signed-in-as" title={t("auth.changePassword")}>
                {user.name} · {t(`roles.${user.role}`)}
              </Link>
              <form action={logoutAction}>
                <button type="submit" className="text-brand-600 hover:underline">
                  {t("nav.logout")}
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/login">{t("nav.login")}</Link>
              <Link href="/register">{t("nav.register")}</Link>
            </>
          )}
          <LanguageSwitcher />
        </nav>
      </div>
    </header>
  );
}
