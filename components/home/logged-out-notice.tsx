"use client";

import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

/**
 * "You have logged out", after logout lands on /?loggedOut=1. Read from the address in the browser: the home
 * page is cached without its query (issue 9). Render it inside <Suspense>: only this part waits for the browser.
 */
export function LoggedOutNotice() {
  const t = useTranslations("auth");
  if (!useSearchParams().has("loggedOut")) return null;
  return (
    <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
      {t("loggedOut")}
    </p>
  );
}
