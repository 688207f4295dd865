import Link from "next/link";
import type { ReactNode } from "react";

/** One column of a queue table. */
export interface QueueColumn<Row> {
  /** The heading; on a phone, where rows stack as cards (globals.css .table-stack), also the cell's label. */
  header: string;
  /** Figures: right-aligned from the md breakpoint up. */
  numeric?: boolean;
  /** The cell speaks for itself on a phone card (a project's title and company), so it carries no label. */
  unlabelled?: boolean;
  cell: (row: Row) => ReactNode;
}

/**
 * The table of a staff queue: one row a waiting item, its columns as given, and last a link that opens the
 * item. Each queue's rows component (loan-review-rows.tsx, fundraising-rows.tsx) only names its columns.
 */
export function QueueTable<Row extends { id: string }>({
  rows,
  columns,
  open,
}: {
  rows: readonly Row[];
  columns: readonly QueueColumn<Row>[];
  /** The last column's link: its words and where it leads. */
  open: { label: string; href: (row: Row) => string };
}) {
  const align = (column: QueueColumn<Row>) => (column.numeric ? "py-2 pr-4 md:text-right" : "py-2 pr-4");
  return (
    <div className="overflow-x-auto">
      {/* Rows stack as cards on a phone (globals.css), so the link stays on screen. */}
      <table className="table-stack w-full text-left text-sm">
        <thead className="border-b text-slate-500">
          <tr>
            {columns.map((column) => (
              <th key={column.header} className={align(column)}>
                {column.header}
              </th>
            ))}
            <th className="py-2" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b last:border-0" data-testid="queue-row">
              {columns.map((column) => (
                <td key={column.header} className={align(column)} data-label={column.unlabelled ? undefined : column.header}>
                  {column.cell(row)}
                </td>
              ))}
              <td className="py-2 md:text-right">
                <Link href={open.href(row)}>{open.label}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A project's title over its company's name: the first thing staff read in a row. */
export function ProjectAndCompany({ title, company }: { title: string; company: string }) {
  return (
    <>
      <div className="font-medium">{title}</div>
      <div className="text-slate-500">{company}</div>
    </>
  );
}
