import type { Figures } from "./figures";
import { LOADED_CLIENTS, type TargetId } from "./targets";

/** The targets of issue 9, "Done when": throughput as a share of the static asset's, and latency under load. */
export const MIN_RATIO: Partial<Record<TargetId, number>> = { home: 0.3, loans: 0.3, project: 0.3, investorLoans: 0.05 };
export const MAX_P99_MS_AT_32 = 250;
/** The anonymous pages the latency target is about (a logged-in page is rendered per user, never cached). */
export const P99_TARGETS: readonly TargetId[] = ["home", "loans", "deep", "project"];

export interface Verdict {
  pass: boolean;
  text: string;
}

export interface VerdictInputs {
  labels: Record<TargetId, string>;
  /** Figures at CLIENTS, static asset included. */
  base: Partial<Record<TargetId, Figures>>;
  /** Figures at LOADED_CLIENTS. */
  loaded: Partial<Record<TargetId, Figures>>;
}

/** One line per target of the issue, PASS or FAIL, with the measured value beside the threshold. */
export function verdicts({ labels, base, loaded }: VerdictInputs): Verdict[] {
  const lines: Verdict[] = [];
  const staticRps = base.static?.rps ?? 0;
  for (const [id, min] of Object.entries(MIN_RATIO) as [TargetId, number][]) {
    const figures = base[id];
    if (!figures || staticRps <= 0) continue;
    const ratio = figures.rps / staticRps;
    lines.push({ pass: ratio >= min, text: `${labels[id]}: ${formatRatio(ratio)}× the static asset (target ≥ ${min}×)` });
  }
  for (const id of P99_TARGETS) {
    const figures = loaded[id];
    if (!figures) continue;
    lines.push({
      pass: figures.p99 < MAX_P99_MS_AT_32,
      text: `${labels[id]}: p99 ${formatMs(figures.p99)} ms at ${LOADED_CLIENTS} clients (target < ${MAX_P99_MS_AT_32} ms)`,
    });
  }
  return lines;
}

/** Three significant digits, so a value printed next to its threshold never rounds onto it (0.0498, not 0.050). */
export function formatRatio(ratio: number): string {
  return ratio.toPrecision(3);
}

export function formatMs(ms: number): string {
  return Number.isNaN(ms) ? "–" : ms >= 1000 ? ms.toFixed(0) : ms.toFixed(1);
}
