"use client";

import { Bar, BarChart, Cell, XAxis, YAxis } from "recharts";

export interface ChartBar {
  /** The status in words, as the axis shows it. */
  label: string;
  /** Yuan as a JavaScript number: a bar's length only, never a figure anyone reads (the table gives those). */
  yuan: number;
  color: string;
}

/**
 * The portfolio drawn as bars (recharts). Decorative for assistive technology: the table next to it carries
 * the same figures, so the chart is hidden from it and kept out of the tab order (no accessibility layer).
 */
export function PortfolioChart({ bars }: { bars: readonly ChartBar[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full" data-testid="portfolio-chart">
      <BarChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={[...bars]}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12, fill: "#334155" }} />
        <Bar dataKey="yuan" isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.label} fill={bar.color} />
          ))}
        </Bar>
      </BarChart>
    </div>
  );
}
