import type { ReconciliationDifference, StatementImport, StatementLine } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";
import { countsOf } from "./counts";
import type { DifferenceView, StatementImportSummary, StatementLineView } from "./types";

/** A DATE column (read as UTC midnight) as "YYYY-MM-DD". */
export const dateText = (date: Date) => date.toISOString().slice(0, 10);

export function lineView(line: StatementLine): StatementLineView {
  return {
    id: line.id.toString(),
    lineNo: line.lineNo,
    serial: line.serial,
    occurrence: line.occurrence,
    direction: line.direction,
    amountFen: line.amountFen,
    occurredAt: line.occurredAt,
    businessDate: dateText(line.businessDate),
    orderNo: line.orderNo,
    reference: line.reference,
    counterparty: line.counterparty,
    // Staff see the card's last four digits; the full number stays on the gateway's statement.
    cardLast4: line.cardNumber ? line.cardNumber.slice(-4) : null,
    balanceFen: line.balanceFen,
  };
}

export async function importSummaries(db: DbOrTx, rows: readonly StatementImport[]): Promise<StatementImportSummary[]> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.importedById))] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((user) => [user.id, user.displayName]));
  return rows.map((row) => ({
    id: row.id,
    format: row.format,
    fileName: row.fileName,
    periodFrom: row.periodFrom ? dateText(row.periodFrom) : null,
    periodTo: row.periodTo ? dateText(row.periodTo) : null,
    lineCount: row.lineCount,
    newLineCount: row.newLineCount,
    matchedCount: row.matchedCount,
    differences: countsOf(row.differenceCounts),
    totalInFen: row.totalInFen,
    totalOutFen: row.totalOutFen,
    openingBalanceFen: row.openingBalanceFen,
    closingBalanceFen: row.closingBalanceFen,
    importedBy: { id: row.importedById, displayName: names.get(row.importedById) ?? null },
    createdAt: row.createdAt,
  }));
}

/** Differences as listed, each with its PENDING review request (if any), read in one more query. */
export async function differenceViews(db: DbOrTx, rows: readonly ReconciliationDifference[]): Promise<DifferenceView[]> {
  const pending = await db.reviewRequest.findMany({
    where: { targetType: "RECONCILIATION_DIFFERENCE", targetId: { in: rows.map((row) => row.id) }, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true, targetId: true, action: true, makerId: true, createdAt: true },
  });
  const byTarget = new Map(pending.map((request) => [request.targetId, request]));
  return rows.map((row) => {
    const request = byTarget.get(row.id);
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      serial: row.serial,
      businessDate: dateText(row.businessDate),
      direction: row.direction,
      statementAmountFen: row.statementAmountFen,
      platformAmountFen: row.platformAmountFen,
      depositId: row.depositId,
      outflowId: row.outflowId,
      resolution: row.resolution,
      note: row.note,
      resolvedAt: row.resolvedAt,
      createdAt: row.createdAt,
      pendingRequest: request
        ? {
            id: request.id,
            action: request.action as DifferenceView["resolution"] & string,
            makerId: request.makerId,
            createdAt: request.createdAt,
          }
        : null,
    } as DifferenceView;
  });
}
