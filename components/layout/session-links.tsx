import Link from "next/link";
import { useTranslations } from "next-intl";
import { logoutAction } from "@/app/_actions/session-actions";
import type { ViewerState } from "@/lib/shared/viewer-state";

/**
 * The header's per-user links: log in / register for a visitor; the account, name and logout when signed in;
 * only logout for a staff member between password and second factor. Rendered on the server for pages rendered
 * per request (ServerSessionNav) and in the browser for cached visitors' pages (SessionNav).
 * `onLogout`: in the browser, show the visitor's links at once.
 */
export function SessionLinks({
  state,
  onLogout,
  bell,
}: {
  state: Pick<ViewerState, "user" | "halfSignedIn">;
  onLogout?: () => void;
  /** The notifications bell (components/notifications), on pages rendered per request only. */
  bell?: React.ReactNode;
}) {
  const t = useTranslations();
  const { user, halfSignedIn } = state;
  const logout = (
    <form action={logoutAction} onSubmit={onLogout}>
      <button type="submit" className="text-brand-600 hover:underline" data-testid="logout">
        {t("nav.logout")}
      </button>
    </form>
  );
  if (user && halfSignedIn) return logout;
  if (user) {
    return (
      <>
        {bell}
        <Link prefetch={false} href={user.homePath} data-testid="account-link">
          {user.role === "INVESTOR" || user.role === "COMPANY" ? t("nav.myAccount") : t("nav.admin")}
        </Link>
        <Link
          prefetch={false}
          href="/account/password"
          className="text-slate-500"
          data-testid="signed-in-as"
          title={t("auth.changePassword")}
        >
          {user.name} · {t(`roles.${user.role}`)}
        </Link>
        {logout}
      </>
    );
  }
  return (
    <>
      <Link prefetch={false} href="/login">
        {t("nav.login")}
      </Link>
      <Link prefetch={false} href="/register">
        {t("nav.register")}
      </Link>
    </>
  );
}
