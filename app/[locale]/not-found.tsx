"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

/**
 * The site's 404 page. A client component: Next.js renders this boundary apart from the page (outside its
 * setRequestLocale), and on a cached page a server one would have to read the request's headers for the
 * locale; the client provider of the root layout knows it.
 */
export default function NotFound() {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">{t("errors.NOT_FOUND")}</h1>
        <Link href="/">{t("auth.goHome")}</Link>
      </Card>
    </div>
  );
}
