import { fenToYuanString } from "@/lib/domain/money";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";

/**
 * Review requests with a human name for their target and maker, in four queries whatever the page size
 * (no per-row look-ups). An outflow is named by its amount in yuan and the card's last four digits; a
 * reconciliation difference by its serial and the statement's / the platform's amount ("SBX-1 · ¥301.00 / ¥300.00").
 */
export async function describeRequests(db: Db, requests: ReviewRequest[]) {
  const ids = (type: string) => requests.filter((r) => r.targetType === type).map((r) => r.targetId);
  const [companies, projects, outflows, differences, makers] = await Promise.all([
    db.company.findMany({ where: { id: { in: ids("COMPANY") } }, select: { id: true, name: true, status: true } }),
    db.loanProject.findMany({ where: { id: { in: ids("LOAN_PROJECT") } }, select: { id: true, title: true, status: true } }),
    db.outflow.findMany({
      where: { id: { in: ids("OUTFLOW") } },
      select: { id: true, amountFen: true, status: true, bankCard: { select: { numberLast4: true } } },
    }),
    db.reconciliationDifference.findMany({
      where: { id: { in: ids("RECONCILIATION_DIFFERENCE") } },
      select: { id: true, serial: true, status: true, statementAmountFen: true, platformAmountFen: true },
    }),
    db.user.findMany({ where: { id: { in: [...new Set(requests.map((r) => r.makerId))] } }, select: { id: true, displayName: true } }),
  ]);
  const targetNames = new Map<string, { name: string; status: string }>([
    ...companies.map((c) => [c.id, { name: c.name, status: c.status }] as const),
    ...projects.map((p) => [p.id, { name: p.title, status: p.status }] as const),
    ...outflows.map((o) => [o.id, { name: `¥${fenToYuanString(o.amountFen)} · ****${o.bankCard.numberLast4}`, status: o.status }] as const),
    ...differences.map((d) => [d.id, { name: `${d.serial} · ${differenceAmounts(d)}`, status: d.status }] as const),
  ]);
  const makerNames = new Map(makers.map((m) => [m.id, m.displayName]));
  return requests.map((request) => ({
    ...request,
    target: targetNames.get(request.targetId) ?? { name: request.targetId, status: "" },
    makerName: makerNames.get(request.makerId) ?? "",
  }));
}

/** The statement's amount / the platform's, "—" for a side that has none. */
function differenceAmounts(d: { statementAmountFen: bigint | null; platformAmountFen: bigint | null }): string {
  const yuan = (fen: bigint | null) => (fen === null ? "—" : `¥${fenToYuanString(fen)}`);
  return `${yuan(d.statementAmountFen)} / ${yuan(d.platformAmountFen)}`;
}
