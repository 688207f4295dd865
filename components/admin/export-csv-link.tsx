import { getTranslations } from "next-intl/server";
import type { ExportKey } from "@/lib/server/exports/registry";

/** Where a staff list's CSV downloads from: its export key, and the page's own filters. */
export function exportCsvHref(list: ExportKey, query: Readonly<Record<string, string | undefined>> = {}): string {
  const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const search = params.toString();
  return `/api/admin/exports/${list}${search ? `?${search}` : ""}`;
}

/**
 * The "Export CSV" link of a staff list (lib/server/exports/registry.ts): the whole list, not just the page,
 * with the page's filters (`query`, e.g. the audit log's). A plain link, so it works without JavaScript.
 */
export async function ExportCsvLink({ list, query }: { list: ExportKey; query?: Readonly<Record<string, string | undefined>> }) {
  const t = await getTranslations("exports");
  return (
    <a
      href={exportCsvHref(list, query)}
      download
      title={t("exportCsvHint")}
      className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
      data-testid={`export-csv-${list}`}
    >
      {t("exportCsv")}
    </a>
  );
}
