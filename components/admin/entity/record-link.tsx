import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The staff record page (issue 13 §4) of a project, investment, deposit or outflow, linked from a queue or review page. */
export async function RecordLink({ href, className = "text-sm" }: { href: string; className?: string }) {
  const t = await getTranslations("entity");
  return (
    <Link prefetch={false} href={href} className={className} data-testid="record-link">
      {t("recordLink")}
    </Link>
  );
}
