import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageCount } from "@/lib/shared/pagination";

/** Server-rendered page links that keep the other query parameters (filters, sort); a Page's fields (lib/shared/pagination.ts). */
export async function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params = {},
  pageParam = "page",
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
  /** The query parameter of the page number: a page with several paged lists gives each its own. */
  pageParam?: string;
}) {
  const t = await getTranslations("common");
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(
      Object.entries({ ...params, [pageParam]: String(p) }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    return `${basePath}?${query}`;
  };
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)}>
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link prefetch={false} href={href(page + 1)}>
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** A positive page number from a query string, defaulting to 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}
