import { type ReconciliationDifferenceKind, ReconciliationDifferenceKinds } from "@/lib/domain/machines/reconciliation-difference";
import type { DifferenceCounts } from "./types";

/** Every kind at 0. */
export function emptyCounts(): DifferenceCounts {
  return Object.fromEntries(ReconciliationDifferenceKinds.map((kind) => [kind, 0])) as DifferenceCounts;
}

/** The stored JSON counts (StatementImport.differenceCounts), every kind present; anything else read as 0. */
export function countsOf(json: unknown): DifferenceCounts {
  const counts = emptyCounts();
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    for (const kind of ReconciliationDifferenceKinds) {
      const value = (json as Record<string, unknown>)[kind];
      if (typeof value === "number" && Number.isInteger(value) && value >= 0) counts[kind as ReconciliationDifferenceKind] = value;
    }
  }
  return counts;
}
