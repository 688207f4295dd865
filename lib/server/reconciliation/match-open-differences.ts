import type { Tx } from "@/lib/server/db/types";
import { applyTransition } from "@/lib/server/lifecycle";

/**
 * Resolves (MATCH, the system's event) the OPEN differences whose two sides now agree: a serial missing at the
 * gateway that a later statement lists with the same direction and amount, and a line missing on the platform
 * whose serial the platform now has with the same amount (a late notification credited it, or the outflow's
 * serial was corrected); such an outflow still TRANSFERRED is reconciled. Open differences are few: one read,
 * then one transition each. Returns the ids resolved.
 */
export async function matchOpenDifferences(tx: Tx, now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string; outflowId: string | null; outflowStatus: string | null }[]>`
    SELECT d."id", NULL AS "outflowId", NULL AS "outflowStatus"
      FROM "ReconciliationDifference" d
      JOIN "StatementLine" l ON l."serial" = d."serial" AND l."occurrence" = 0
     WHERE d."status" = 'OPEN' AND d."kind" = 'MISSING_AT_GATEWAY'
       AND l."direction" = d."direction" AND l."amountFen" = d."platformAmountFen"
    UNION ALL
    SELECT d."id", NULL, NULL
      FROM "ReconciliationDifference" d
      JOIN "Deposit" p ON p."gatewaySerial" = d."serial"
     WHERE d."status" = 'OPEN' AND d."kind" = 'MISSING_ON_PLATFORM' AND d."direction" = 'IN'
       AND p."amountFen" = d."statementAmountFen"
    UNION ALL
    SELECT d."id", o."id", o."status"::text
      FROM "ReconciliationDifference" d
      JOIN "Outflow" o ON o."externalSerial" = d."serial"
     WHERE d."status" = 'OPEN' AND d."kind" = 'MISSING_ON_PLATFORM' AND d."direction" = 'OUT'
       AND o."amountFen" = d."statementAmountFen"`;
  const resolved: string[] = [];
  for (const row of rows) {
    // Locked and read again: an import or an approval at the same moment may have resolved it first.
    const [current] = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text AS "status" FROM "ReconciliationDifference" WHERE "id" = ${row.id} FOR UPDATE`;
    if (current?.status !== "OPEN") continue;
    resolved.push(row.id);
    await applyTransition(tx, {
      entity: "RECONCILIATION_DIFFERENCE",
      id: row.id,
      event: "MATCH",
      actor: null,
      data: { resolution: "MATCHED", resolvedAt: now },
    });
    if (row.outflowId && row.outflowStatus === "TRANSFERRED") {
      const [outflow] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status"::text AS "status" FROM "Outflow" WHERE "id" = ${row.outflowId} FOR UPDATE`;
      if (outflow?.status === "TRANSFERRED")
        await applyTransition(tx, { entity: "OUTFLOW", id: row.outflowId, event: "RECONCILE", actor: null });
    }
  }
  return resolved;
}
