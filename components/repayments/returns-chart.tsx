"use client";

import { Bar, BarChart, XAxis, YAxis } from "recharts";

export interface ReturnsBar {
  /** The month as the axis shows it ("2026-12"). */
  label: string;
  /** Yuan as a JavaScript number: a bar's height only, never a figure anyone reads (the table gives those). */
  yuan: number;
}

/**
 * Net interest per month as bars (recharts). Decorative for assistive technology: the table beside it carries
 * the same figures exactly, so the chart is hidden from it (no accessibility layer).
 */
export function ReturnsChart({ bars }: { bars: readonly ReturnsBar[] }) {
  return (
    <div aria-hidden="true" className="h-56 w-full" data-testid="returns-chart">
      <BarChart
        responsive
        style={{ width: "100%", height: "100%" }}
        data={[...bars]}
        margin={{ top: 4, right: 8, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#334155" }} interval="preserveStartEnd" />
        <YAxis width={56} tick={{ fontSize: 11, fill: "#334155" }} />
        <Bar dataKey="yuan" fill="#15803d" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
