import type { Figures } from "./figures";
import { formatMs, formatRatio } from "./verdicts";

export interface Row {
  label: string;
  figures: Figures;
}

/** A Markdown table (pasted as is into bench/RESULTS.md), columns padded so it also reads in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** rps, p50, p99 and the ratio of each target's rps to the first row's (the static asset), with failed requests if any. */
export function throughputTable(rows: readonly Row[]): string {
  const baseRps = rows[0]?.figures.rps ?? 0;
  return markdownTable(
    ["target", "rps", "p50 ms", "p99 ms", "÷ static", "non-2xx / errors"],
    rows.map(({ label, figures }) => [
      label,
      formatRps(figures.rps),
      formatMs(figures.p50),
      formatMs(figures.p99),
      baseRps > 0 ? formatRatio(figures.rps / baseRps) : "–",
      failures(figures),
    ]),
  );
}

/** rps and latency at a higher concurrency. */
export function latencyTable(rows: readonly Row[]): string {
  return markdownTable(
    ["target", "rps", "p50 ms", "p99 ms", "non-2xx / errors"],
    rows.map(({ label, figures }) => [label, formatRps(figures.rps), formatMs(figures.p50), formatMs(figures.p99), failures(figures)]),
  );
}

/** One instance against two for the same targets: combined rps and the gain. */
export function scalingTable(rows: readonly { label: string; one: Figures; two: Figures }[]): string {
  return markdownTable(
    ["target", "1 instance rps", "2 instances rps", "× one instance", "p99 ms (1 → 2)", "non-2xx / errors"],
    rows.map(({ label, one, two }) => [
      label,
      formatRps(one.rps),
      formatRps(two.rps),
      one.rps > 0 ? (two.rps / one.rps).toFixed(2) : "–",
      `${formatMs(one.p99)} → ${formatMs(two.p99)}`,
      `${failures(one)}; ${failures(two)}`,
    ]),
  );
}

function formatRps(rps: number): string {
  return rps >= 100 ? rps.toFixed(0) : rps.toFixed(1);
}

function failures(figures: Figures): string {
  return `${figures.non2xx} / ${figures.errors}`;
}
