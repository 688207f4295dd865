"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

/**
 * An unknown or unpublished project: the same answer for both, so drafts cannot be discovered. A client
 * component: Next.js renders this boundary apart from the page (outside its setRequestLocale), and on a cached
 * page a server one would have to read the request's headers for the locale; the client provider knows it.
 */
export default function ProjectNotFound() {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">{t("errors.NOT_FOUND")}</h1>
        <p className="flex flex-wrap gap-4">
          <Link href="/loans">{t("loans.detail.backToList")}</Link>
          <Link href="/">{t("auth.goHome")}</Link>
        </p>
      </Card>
    </div>
  );
}
