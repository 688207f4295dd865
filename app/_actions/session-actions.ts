"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "@/i18n/locales";
import { loginSchema } from "@/lib/schemas/accounts";
import { echoableValues, formDataToObject, requireFormData } from "@/lib/server/actions/define-action";
import { type RateLimited, signIn, signOut } from "@/lib/server/auth/auth";
import { getDb } from "@/lib/server/db";
import { minutesUntil } from "@/lib/server/throttle";
import type { ActionResult, ActionState } from "@/lib/shared/action-result";
import { homePathFor, safeReturnPath } from "@/lib/shared/role-home";

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
  const user = await (await getDb()).user.findUniqueOrThrow({ where: { email: parsed.data.email }, select: { role: true } });
  redirect(safeReturnPath(formData.get("callbackUrl")) ?? homePathFor(user.role));
}

// By shape rather than instanceof: the error crosses Auth.js, and bundling may load auth.ts more than once.
function isRateLimited(error: unknown): error is RateLimited {
  return (
    error instanceof AuthError && "code" in error && error.code === "rate_limited" && "retryAt" in error && error.retryAt instanceof Date
  );
}

export async function logoutAction() {
  await signOut({ redirectTo: "/?loggedOut=1" });
}

export async function switchLocaleAction(formData: FormData) {
  requireFormData(formData);
  const locale = toLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false });
  revalidatePath("/", "layout");
  const back = safeReturnPath(formData.get("returnTo"));
  if (back) redirect(back);
}
