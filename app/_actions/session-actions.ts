"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { loginSchema } from "@/lib/schemas/accounts";
import { echoableValues, formDataToObject, requireFormData } from "@/lib/server/actions/define-action";
import { type RateLimited, signIn, signOut } from "@/lib/server/auth/auth";
import { revokeSession } from "@/lib/server/auth/server-session";
import { getSessionState } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { setUserLocale } from "@/lib/server/notifications/set-user-locale";
import { minutesUntil } from "@/lib/server/throttle";
import type { ActionResult, ActionState } from "@/lib/shared/action-result";
import { mfaPathFor } from "@/lib/shared/mfa-state";
import { homePathFor, safeReturnPath } from "@/lib/shared/role-home";
import { isStaffRole } from "@/lib/shared/roles";

export async function loginAction(_previous: ActionState, formData: FormData): Promise<ActionResult> {
  requireFormData(formData);
  const t = await getTranslations();
  const values = echoableValues(formData);
  const parsed = loginSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, error: t("auth.invalidCredentials"), fieldErrors: {}, values };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (isRateLimited(error)) {
      return { ok: false, error: t("auth.rateLimited", { minutes: minutesUntil(error.retryAt) }), fieldErrors: {}, values };
    }
    if (error instanceof AuthError) return { ok: false, error: t("auth.invalidCredentials"), fieldErrors: {}, values };
    throw error;
  }
  const user = await (await getDb()).user.findUniqueOrThrow({
    where: { email: parsed.data.email },
    select: { role: true, staffMfa: { select: { confirmedAt: true } } },
  });
  const next = safeReturnPath(formData.get("callbackUrl")) ?? homePathFor(user.role);
  // Staff have only half a session so far: the second factor (or its enrolment) comes next.
  if (isStaffRole(user.role)) redirect(mfaPathFor(user.staffMfa?.confirmedAt ? "VERIFY" : "ENROL", next) ?? next);
  redirect(next);
}

// By shape rather than instanceof: the error crosses Auth.js, and bundling may load auth.ts more than once.
function isRateLimited(error: unknown): error is RateLimited {
  return (
    error instanceof AuthError && "code" in error && error.code === "rate_limited" && "retryAt" in error && error.retryAt instanceof Date
  );
}

/** Ends the session on the server first (a copy of the cookie is refused from now on), then clears the cookie. */
export async function logoutAction() {
  const session = await getSessionState();
  if (session) await revokeSession(await getDb(), session.sessionId);
  // The login page says so (a cached home page could not: it is the same for everyone, issue 9).
  await signOut({ redirectTo: "/login?loggedOut=1" });
}

export async function switchLocaleAction(formData: FormData) {
  requireFormData(formData);
  const locale = toLocale(String(formData.get("locale") ?? ""));
  // A signed-in user's e-mails follow the language they last chose (docs/notifications.md).
  const session = await getSessionState();
  if (session) await setUserLocale(await getDb(), session.user.id, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false });
  revalidatePath("/", "layout");
  // Back to the page the switch was pressed on, as a new request: proxy.ts picks the page's language from the
  // cookie when it routes the request, so re-rendering within this one would keep the old language. The header's
  // switcher is on cached pages and cannot know their URL; the browser's Referer of the post names it.
  const back = safeReturnPath(formData.get("returnTo")) ?? refererPath((await headers()).get("referer"));
  redirect(back ?? "/");
}

/** The path and query of a same-origin Referer; null for anything else. */
function refererPath(referer: string | null): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return safeReturnPath(url.pathname + url.search);
  } catch {
    return null;
  }
}
