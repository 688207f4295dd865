import type { OutflowStatus } from "@/lib/domain/machines/outflow";
import type { DbOrTx } from "@/lib/server/db/types";

/** A payout (放款) of one of the company's loan projects, as the company sees it. */
export interface ReceivedPayout {
  id: string;
  projectId: string | null;
  projectTitle: string | null;
  status: OutflowStatus;
  /** What is transferred to the company's card: the loan amount less the fee, fen. */
  amountFen: bigint;
  /** The platform's service fee kept, fen. */
  feeFen: bigint;
  /** The gateway's transfer serial (流水号), once customer service transferred it; null before. */
  serial: string | null;
  transferredAt: Date | null;
  cardLast4: string;
  createdAt: Date;
  /** Why it was rejected or failed, when it was. */
  reason: string | null;
}

/** How many payouts the wallet shows: one per loan project paid out, so a company has few. */
export const PAYOUTS_SHOWN = 50;

/** The company user's payouts (Outflow rows of kind PAYOUT for them), newest first, at most PAYOUTS_SHOWN. */
export async function listReceivedPayouts(db: DbOrTx, userId: string): Promise<ReceivedPayout[]> {
  const rows = await db.outflow.findMany({
    where: { userId, kind: "PAYOUT" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAYOUTS_SHOWN,
    select: {
      id: true,
      projectId: true,
      status: true,
      amountFen: true,
      feeFen: true,
      externalSerial: true,
      transferredAt: true,
      createdAt: true,
      reason: true,
      bankCard: { select: { numberLast4: true } },
    },
  });
  const projectIds = [...new Set(rows.flatMap((row) => (row.projectId ? [row.projectId] : [])))];
  const projects = projectIds.length
    ? await db.loanProject.findMany({ where: { id: { in: projectIds } }, select: { id: true, title: true } })
    : [];
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  return rows.map((row) => ({
    id: row.id,
    projectId: row.projectId,
    projectTitle: row.projectId ? (titles.get(row.projectId) ?? null) : null,
    status: row.status,
    amountFen: row.amountFen,
    feeFen: row.feeFen,
    serial: row.externalSerial,
    transferredAt: row.transferredAt,
    cardLast4: row.bankCard.numberLast4,
    createdAt: row.createdAt,
    reason: row.reason,
  }));
}
