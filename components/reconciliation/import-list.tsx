import { getFormatter, getTranslations } from "next-intl/server";
import { FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
import type { StatementImportSummary } from "@/lib/server/reconciliation";

/** The statement imports, newest first: when, which file (or fetched), its period, lines, matched, differences, by whom. */
export async function ImportList({ items }: { items: readonly StatementImportSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("reconciliation"), getFormatter()]);
  const columns = [
    { key: "at", label: t("imports.importedAt"), cellClassName: "whitespace-nowrap" },
    { key: "file", label: t("imports.file") },
    { key: "period", label: t("imports.period"), cellClassName: "whitespace-nowrap" },
    { key: "lines", label: t("imports.lines"), align: "right" as const },
    { key: "matched", label: t("imports.matched"), align: "right" as const },
    { key: "differences", label: t("imports.differences"), align: "right" as const },
    { key: "by", label: t("imports.by") },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="import-list">
        <FigureTableHead columns={columns} />
        <tbody>
          {items.map((item) => (
            <FigureTableRow
              key={item.id}
              columns={columns}
              testId="import-row"
              cells={[
                format.dateTime(item.createdAt, { dateStyle: "short", timeStyle: "short" }),
                <span key="file" className="break-all">
                  {item.fileName ?? t("imports.fetched")}
                </span>,
                item.periodFrom ? `${item.periodFrom} – ${item.periodTo ?? item.periodFrom}` : t("imports.noPeriod"),
                item.lineCount,
                item.matchedCount,
                Object.values(item.differences).reduce((sum, count) => sum + count, 0),
                item.importedBy.displayName ?? item.importedBy.id,
              ]}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
