"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { logoutAction } from "@/app/_actions/session-actions";
import { useViewerState } from "./viewer-context";

/**
 * The header's per-user links: log in / register for a visitor, the account, name and logout when signed in,
 * only logout for a staff member between password and second factor. Until the browser knows, the visitor's
 * links are shown (they are also what a browser without JavaScript gets, and they stay correct for it).
 */
export function SessionNav() {
  const t = useTranslations();
  const { state, signedOut } = useViewerState();
  const { user, halfSignedIn } = state;
  const logout = (
    <form action={logoutAction} onSubmit={signedOut}>
      <button type="submit" className="text-brand-600 hover:underline" data-testid="logout">
        {t("nav.logout")}
      </button>
    </form>
  );
  if (user && halfSignedIn) return logout;
  if (user) {
    return (
      <>
        <Link href={user.homePath} data-testid="account-link">
          {user.role === "INVESTOR" || user.role === "COMPANY" ? t("nav.myAccount") : t("nav.admin")}
        </Link>
        <Link href="/account/password" className="text-slate-500" data-testid="signed-in-as" title={t("auth.changePassword")}>
          {user.name} · {t(`roles.${user.role}`)}
        </Link>
        {logout}
      </>
    );
  }
  return (
    <>
      <Link href="/login">{t("nav.login")}</Link>
      <Link href="/register">{t("nav.register")}</Link>
    </>
  );
}
