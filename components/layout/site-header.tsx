import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/app/_actions/session-actions";
import { getSessionState } from "@/lib/server/auth/session";
import { mfaPathFor } from "@/lib/shared/mfa-state";
import { homePathFor } from "@/lib/shared/role-home";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader() {
  const [t, session] = await Promise.all([getTranslations(), getSessionState()]);
  const user = session?.user;
  // A staff member between password and second factor may only finish that step or log out.
  const halfSignedIn = session ? mfaPathFor(session.mfa) !== null : false;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 hover:no-underline">
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.mainNavigation")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/loans">{t("nav.loans")}</Link>
          <Link href="/calculator">{t("nav.calculator")}</Link>
          {user && halfSignedIn ? (
            <form action={logoutAction}>
              <button type="submit" className="text-brand-600 hover:underline" data-testid="logout">
                {t("nav.logout")}
              </button>
            </form>
          ) : user ? (
            <>
              <Link href={homePathFor(user.role)} data-testid="account-link">
                {user.role === "INVESTOR" || user.role === "COMPANY" ? t("nav.myAccount") : t("nav.admin")}
              </Link>
              <Link href="/account/password" className="text-slate-500" data-testid="signed-in-as" title={t("auth.changePassword")}>
                {user.name} · {t(`roles.${user.role}`)}
              </Link>
              <form action={logoutAction}>
                <button type="submit" className="text-brand-600 hover:underline" data-testid="logout">
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
