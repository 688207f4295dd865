import type { DbOrTx } from "@/lib/server/db/types";

export interface OpenDifferences {
  count: number;
  /** When the oldest open difference was found; null when none is open. */
  oldestCreatedAt: Date | null;
}

/** The staff queue "reconciliation": how many differences are OPEN and since when the oldest waits. */
export async function countOpenDifferences(db: DbOrTx): Promise<OpenDifferences> {
  const result = await db.reconciliationDifference.aggregate({
    where: { status: "OPEN" },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  return { count: result._count._all, oldestCreatedAt: result._min.createdAt };
}
