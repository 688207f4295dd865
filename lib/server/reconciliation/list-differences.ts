import type { Actor } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";
import type { DifferenceView, ReconciliationDifferenceKind } from "./types";
import { differenceViews } from "./views";

export interface ListDifferencesFilter {
  status?: "OPEN" | "RESOLVED";
  kind?: ReconciliationDifferenceKind;
  page: number;
  pageSize?: number;
}

/**
 * Reconciliation differences, oldest first (the queue's order: the longest waiting on top), filtered by status
 * and kind, one page, each with its pending request (capability reconciliation.view, else FORBIDDEN).
 */
export async function listDifferences(db: DbOrTx, viewer: Actor, filter: ListDifferencesFilter): Promise<Page<DifferenceView>> {
  assertCan(viewer, "reconciliation.view");
  const where: Prisma.ReconciliationDifferenceWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
  return listPage(
    filter.page,
    filter.pageSize ?? 20,
    async (window) =>
      differenceViews(db, await db.reconciliationDifference.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...window })),
    () => db.reconciliationDifference.count({ where }),
  );
}
