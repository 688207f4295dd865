import type { ReactNode } from "react";

/** A column of a small figures table: its heading, and how its cells sit (figures to the right). */
export interface FigureColumn {
  key: string;
  label: ReactNode;
  align?: "left" | "right";
  /** Extra classes for this column's body cells (e.g. a muted, unbreakable time). */
  cellClassName?: string;
}

function cellClass(columns: readonly FigureColumn[], index: number): string {
  const column = columns[index];
  const gap = index < columns.length - 1 ? " pr-3" : "";
  return `py-2${gap} ${column?.align === "right" ? "text-right" : "text-left"}`;
}

/**
 * The heading row of a small table of figures (a project's investment records, the portfolio by status): one
 * look for them all, so they line up the same on every page. Server and client components alike.
 */
export function FigureTableHead({ columns }: { columns: readonly FigureColumn[] }) {
  return (
    <thead className="border-b border-slate-200 text-slate-600">
      <tr>
        {columns.map((column, index) => (
          <th key={column.key} scope="col" className={`${cellClass(columns, index)} font-medium`}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * One body row: a cell per column, in order. `rowHeader` makes the first cell the row's header (a label the
 * other cells are figures of), read as such by assistive technology.
 */
export function FigureTableRow({
  columns,
  cells,
  rowHeader = false,
  testId,
}: {
  columns: readonly FigureColumn[];
  cells: readonly ReactNode[];
  rowHeader?: boolean;
  testId?: string;
}) {
  return (
    <tr className="border-b border-slate-100 last:border-0" data-testid={testId}>
      {cells.map((cell, index) => {
        const className = `${cellClass(columns, index)} ${columns[index]?.cellClassName ?? ""}`.trim();
        const key = columns[index]?.key ?? String(index);
        return rowHeader && index === 0 ? (
          <th key={key} scope="row" className={`${className} font-normal`}>
            {cell}
          </th>
        ) : (
          <td key={key} className={className}>
            {cell}
          </td>
        );
      })}
    </tr>
  );
}
