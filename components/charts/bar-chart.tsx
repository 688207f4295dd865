"use client";

import { Bar, Cell, BarChart as RechartsBarChart, XAxis, YAxis } from "recharts";

/** One bar (or one group of bars): its label on the category axis and a length per series. */
export interface BarDatum {
  /** As the category axis shows it (a month "2026-12", a status in words). */
  label: string;
  /** Per series key: yuan (or a percentage) as a JavaScript number, a bar's length only, never a figure anyone reads. */
  values: Readonly<Record<string, number>>;
  /** A colour for this bar alone (single-series charts whose bars are categories, e.g. statuses). */
  color?: string;
}

/** A series of bars: the key of its values and its fill. */
export interface BarSeries {
  key: string;
  color: string;
}

export interface BarChartProps {
  /** data-testid of the chart's box. */
  testId: string;
  bars: readonly BarDatum[];
  series: readonly BarSeries[];
  /** "columns" (default): categories along the bottom; "rows": horizontal bars, categories down the side. */
  orientation?: "columns" | "rows";
  /** Room for the category labels of a "rows" chart, px. */
  labelWidth?: number;
}

/**
 * The one bar chart of the site (recharts): the investor's portfolio and returns, the staff dashboard. Always
 * drawn beside a table of the same figures (BarChartWithTable), so it is decorative for assistive technology:
 * hidden from it and kept out of the tab order (no accessibility layer), never animated.
 */
export function BarChart({ testId, bars, series, orientation = "columns", labelWidth = 110 }: BarChartProps) {
  const data = bars.map((bar) => ({ label: bar.label, ...bar.values }));
  const tick = { fontSize: orientation === "rows" ? 12 : 11, fill: "#334155" };
  return (
    <div aria-hidden="true" className="h-56 w-full" data-testid={testId}>
      <RechartsBarChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={data}
        layout={orientation === "rows" ? "vertical" : "horizontal"}
        margin={{ top: 4, right: orientation === "rows" ? 16 : 8, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        {orientation === "rows" ? (
          <>
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="label" width={labelWidth} tick={tick} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={tick} interval="preserveStartEnd" />
            <YAxis width={56} tick={tick} />
          </>
        )}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} fill={s.color} isAnimationActive={false}>
            {bars.some((bar) => bar.color) && bars.map((bar) => <Cell key={bar.label} fill={bar.color ?? s.color} />)}
          </Bar>
        ))}
      </RechartsBarChart>
    </div>
  );
}
