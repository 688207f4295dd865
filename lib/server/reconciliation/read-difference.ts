import {
  applyReconciliationDifferenceEvent,
  type ReconciliationDifferenceEvent,
  ReconciliationResolutions,
  type ReconciliationResolutionType,
} from "@/lib/domain/machines/reconciliation-difference";
import type { Actor } from "@/lib/domain/permissions";
import { gatewayCorrectionFen } from "@/lib/domain/reconciliation";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { DbOrTx } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import type { DifferenceDetail } from "./types";
import { differenceViews, lineView } from "./views";

/** A sample event per resolution, to ask the machine what the difference allows (payload checked on filing). */
const SAMPLE: Record<ReconciliationResolutionType, ReconciliationDifferenceEvent> = {
  APPLY_PAYMENT: { type: "APPLY_PAYMENT" },
  CORRECT_SERIAL: { type: "CORRECT_SERIAL", newSerial: "?" },
  POST_CORRECTION: { type: "POST_CORRECTION" },
  EXPLAIN: { type: "EXPLAIN", note: "?" },
};

/**
 * One difference with what it is about: its statement line(s) (every occurrence of the serial), the deposit or
 * outflow, the paired difference of a mistyped serial, the resolutions its machine allows now, what a
 * POST_CORRECTION would post on platform:gateway, and its review requests (newest first). Capability
 * reconciliation.view (FORBIDDEN); NOT_FOUND for an unknown id.
 */
export async function readDifference(db: DbOrTx, viewer: Actor, id: string): Promise<DifferenceDetail> {
  assertCan(viewer, "reconciliation.view");
  const row = await db.reconciliationDifference.findUnique({ where: { id } });
  if (!row) throw notFound();
  const [view] = await differenceViews(db, [row]);
  const [lines, deposit, outflow, paired, requests] = await Promise.all([
    db.statementLine.findMany({ where: { serial: row.serial }, orderBy: { occurrence: "asc" } }),
    row.depositId
      ? db.deposit.findUnique({
          where: { id: row.depositId },
          select: {
            id: true,
            userId: true,
            status: true,
            purpose: true,
            amountFen: true,
            gatewaySerial: true,
            paidAt: true,
            createdAt: true,
          },
        })
      : null,
    row.outflowId
      ? db.outflow.findUnique({
          where: { id: row.outflowId },
          select: { id: true, kind: true, userId: true, status: true, amountFen: true, externalSerial: true, transferredAt: true },
        })
      : null,
    row.outflowId && (row.kind === "MISSING_AT_GATEWAY" || row.kind === "MISSING_ON_PLATFORM")
      ? db.reconciliationDifference.findFirst({
          where: {
            outflowId: row.outflowId,
            kind: row.kind === "MISSING_AT_GATEWAY" ? "MISSING_ON_PLATFORM" : "MISSING_AT_GATEWAY",
            id: { not: row.id },
          },
          orderBy: { createdAt: "desc" },
          select: { id: true, kind: true, serial: true, status: true },
        })
      : null,
    db.reviewRequest.findMany({
      where: { targetType: "RECONCILIATION_DIFFERENCE", targetId: row.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, action: true, status: true, reason: true, makerId: true, checkerId: true, createdAt: true, decidedAt: true },
    }),
  ]);
  const context = { kind: row.kind, direction: row.direction, depositId: row.depositId, outflowId: row.outflowId };
  const possibleResolutions = ReconciliationResolutions.filter((resolution) => {
    if (resolution === "POST_CORRECTION" && gatewayCorrectionFen(row) === 0n) return false;
    return applyReconciliationDifferenceEvent(row.status, context, SAMPLE[resolution]).ok;
  });
  return {
    ...(view as NonNullable<typeof view>),
    lines: lines.map(lineView),
    deposit,
    outflow,
    paired,
    possibleResolutions,
    correctionFen: gatewayCorrectionFen(row),
    requests: requests.map((request) => ({ ...request, status: request.status as string })),
  };
}
