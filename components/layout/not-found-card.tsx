"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

/**
 * The site's 404 page (app/[locale]/(public)/not-found.tsx and (per-user)/not-found.tsx). A client component:
 * Next.js renders 404 boundaries apart from the page, outside its setRequestLocale, and on a cached page a
 * server one would have to read the request's headers for the locale; the client provider knows it.
 * `backToList`: also offer the listing (an unknown or unpublished project).
 */
export function NotFoundCard({ backToList = false }: { backToList?: boolean }) {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">{t("errors.NOT_FOUND")}</h1>
        <p className="flex flex-wrap gap-4">
          {backToList && (
            <Link prefetch={false} href="/loans">
              {t("loans.detail.backToList")}
            </Link>
          )}
          <Link prefetch={false} href="/">
            {t("auth.goHome")}
          </Link>
        </p>
      </Card>
    </div>
  );
}
