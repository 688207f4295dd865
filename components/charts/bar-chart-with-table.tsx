import type { ReactNode } from "react";
import { BarChart, type BarChartProps } from "./bar-chart";

/**
 * A bar chart for the eye and, under it, the table of the same figures that is its text alternative (and what
 * a reader without JavaScript, a screen reader and the e2e tests read): the investor's portfolio and returns,
 * the staff dashboard's charts. `children` is the table; `title` an optional heading of the figure.
 */
export function BarChartWithTable({ title, children, ...chart }: BarChartProps & { title?: ReactNode; children: ReactNode }) {
  return (
    <figure className="space-y-4">
      {title && <figcaption className="font-medium">{title}</figcaption>}
      <BarChart {...chart} />
      {children}
    </figure>
  );
}
