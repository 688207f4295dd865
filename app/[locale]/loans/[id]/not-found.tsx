import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** An unknown or unpublished project: the same answer for both, so drafts cannot be discovered. */
export default async function ProjectNotFound() {
  const t = await getTranslations();
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
