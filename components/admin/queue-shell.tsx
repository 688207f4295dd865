import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { ExportKey } from "@/lib/server/exports/registry";
import type { Page } from "@/lib/shared/pagination";
import { ExportCsvLink } from "./export-csv-link";

/**
 * What every staff queue page draws around its rows: the heading with the queue's count, the empty state and
 * the page links. `rows="table"` puts the rows and the links in one card (a table or a list); `rows="cards"`
 * lets each row be its own card (requests with their decision forms).
 */
export async function QueueShell({
  title,
  count,
  empty,
  list,
  basePath,
  rows = "table",
  exportList,
  exportQuery,
  children,
}: {
  title: string;
  /** The count beside the heading, worded; by default "{total} waiting, oldest first". */
  count?: string;
  /** What an empty queue says; by default "Nothing is waiting". */
  empty?: string;
  list: Page<unknown>;
  basePath: string;
  rows?: "table" | "cards";
  /** The list's CSV export (lib/server/exports/registry.ts), linked beside the count; with the page's filters. */
  exportList?: ExportKey;
  exportQuery?: Readonly<Record<string, string | undefined>>;
  children: React.ReactNode;
}) {
  const t = await getTranslations("review");
  const isEmpty = list.items.length === 0;
  const pagination = <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath={basePath} />;
  return (
    <div>
      <PageHeader title={title}>
        <span className="flex flex-wrap items-center gap-3">
          <span className="text-sm text-slate-500" data-testid="queue-count">
            {count ?? t("waitingCount", { count: list.total })}
          </span>
          {exportList && <ExportCsvLink list={exportList} query={exportQuery} />}
        </span>
      </PageHeader>
      {rows === "table" ? (
        <Card>
          {isEmpty ? <EmptyState>{empty ?? t("empty")}</EmptyState> : children}
          {pagination}
        </Card>
      ) : (
        <>
          {isEmpty ? (
            <Card>
              <EmptyState>{empty ?? t("empty")}</EmptyState>
            </Card>
          ) : (
            <div className="space-y-4">{children}</div>
          )}
          {pagination}
        </>
      )}
    </div>
  );
}
