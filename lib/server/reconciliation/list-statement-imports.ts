import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";
import type { StatementImportSummary } from "./types";
import { importSummaries } from "./views";

/** Statement imports, newest first, one page (capability reconciliation.view, else FORBIDDEN). */
export async function listStatementImports(db: DbOrTx, viewer: Actor, page: number, pageSize = 20): Promise<Page<StatementImportSummary>> {
  assertCan(viewer, "reconciliation.view");
  return listPage(
    page,
    pageSize,
    async (window) =>
      importSummaries(db, await db.statementImport.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window })),
    () => db.statementImport.count(),
  );
}
