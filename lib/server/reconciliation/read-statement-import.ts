import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { DbOrTx } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { listPage } from "@/lib/shared/pagination";
import type { StatementImportDetail } from "./types";
import { differenceViews, importSummaries, lineView } from "./views";

/**
 * One statement import: its summary, one page of the lines it stored (in file order; lines an earlier,
 * overlapping statement stored belong to that one) and the differences it first showed (capability
 * reconciliation.view, else FORBIDDEN; NOT_FOUND for an unknown id).
 */
export async function readStatementImport(
  db: DbOrTx,
  viewer: Actor,
  id: string,
  { page = 1, pageSize = 100 }: { page?: number; pageSize?: number } = {},
): Promise<StatementImportDetail> {
  assertCan(viewer, "reconciliation.view");
  const row = await db.statementImport.findUnique({ where: { id } });
  if (!row) throw notFound();
  const [summary] = await importSummaries(db, [row]);
  const lines = await listPage(
    page,
    pageSize,
    async (window) => (await db.statementLine.findMany({ where: { importId: id }, orderBy: { lineNo: "asc" }, ...window })).map(lineView),
    () => db.statementLine.count({ where: { importId: id } }),
  );
  const found = await db.reconciliationDifference.findMany({
    where: { importId: id },
    orderBy: [{ kind: "asc" }, { serial: "asc" }],
    take: 1000,
  });
  return { ...(summary as NonNullable<typeof summary>), lines, differencesFound: await differenceViews(db, found) };
}
