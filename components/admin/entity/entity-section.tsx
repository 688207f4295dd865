import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import type { Page } from "@/lib/shared/pagination";
import { flatQuery, type Query } from "./labels";

/**
 * One section of a record page: a card with its heading, its rows or its empty state, and its own page links
 * (`pageParam`), which keep the page numbers of the page's other lists.
 */
export function EntitySection<T>({
  title,
  testId,
  list,
  empty,
  basePath,
  query,
  pageParam,
  children,
}: {
  title: string;
  testId: string;
  list: Page<T>;
  empty: string;
  basePath: string;
  query: Query;
  pageParam: string;
  children: React.ReactNode;
}) {
  return (
    <Card className="min-w-0">
      <section data-testid={testId} aria-label={title}>
        <h2 className="mb-3 text-lg font-semibold">
          {title} <span className="text-sm font-normal text-slate-500">({list.total})</span>
        </h2>
        {list.items.length === 0 ? <p className="text-sm text-slate-500">{empty}</p> : children}
        <Pagination
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          basePath={basePath}
          params={flatQuery(query)}
          pageParam={pageParam}
        />
      </section>
    </Card>
  );
}
