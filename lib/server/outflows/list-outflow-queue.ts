import { maskCardNumber } from "@/lib/domain/bank-cards";
import { pendingRequestEvents } from "@/lib/domain/permissions";
import type { OutflowKind, OutflowStatus, Prisma } from "@/lib/generated/prisma/client";
import { OUTFLOW_APPROVAL_QUEUE, OUTFLOW_EXECUTION_QUEUE } from "@/lib/server/admin/queues/registry";
import type { Db } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";

export type OutflowQueueRow = {
  /** Also the transfer's reference (备注) at the payment platform. */
  id: string;
  kind: OutflowKind;
  status: OutflowStatus;
  amountFen: bigint;
  feeFen: bigint;
  /** Whose money it is: the user's display name. */
  userName: string;
  /** The payee: the card's holder (the verified name). */
  payeeName: string;
  bankName: string;
  cardMasked: string;
  luhnUnverified: boolean;
  projectId: string | null;
  createdAt: Date;
  decidedById: string | null;
  decidedAt: Date | null;
  /** Maker-checker events already asked for and not decided (FAIL), for lib/domain/permissions. */
  pendingRequests: string[];
};

const QUEUES = { approvals: OUTFLOW_APPROVAL_QUEUE, execution: OUTFLOW_EXECUTION_QUEUE } as const;

/**
 * One page of a staff outflow queue in the registry's order (lib/server/admin/queues/registry.ts): "approvals"
 * (REQUESTED, for supervisors) or "execution" (APPROVED, for customer service). Card numbers masked; the full
 * number is read one at a time through revealOutflowCard (audited). Four queries whatever the page size.
 */
export async function listOutflowQueue(db: Db, queue: keyof typeof QUEUES, page: number, pageSize = 20): Promise<Page<OutflowQueueRow>> {
  const { where, orderBy } = QUEUES[queue];
  const list = await listPage(
    page,
    pageSize,
    (window) => db.outflow.findMany({ where, orderBy, ...window, include: WITH_CARD }),
    () => db.outflow.count({ where }),
  );
  return { ...list, items: await describeOutflows(db, list.items) };
}

/** The outflows of `ids` as staff see them (e.g. the subject of a FAIL review request), in no particular order. */
export async function loadOutflowRows(db: Db, ids: readonly string[]): Promise<OutflowQueueRow[]> {
  if (ids.length === 0) return [];
  return describeOutflows(db, await db.outflow.findMany({ where: { id: { in: [...ids] } }, include: WITH_CARD }));
}

const WITH_CARD = { bankCard: { select: { holderName: true, bankName: true, numberLast4: true, luhnUnverified: true } } } as const;

type OutflowWithCard = Prisma.OutflowGetPayload<{ include: typeof WITH_CARD }>;

/** Names, masked cards and pending requests of a page of outflows: two queries whatever the page size. */
async function describeOutflows(db: Db, outflows: OutflowWithCard[]): Promise<OutflowQueueRow[]> {
  const ids = outflows.map((o) => o.id);
  const [users, requests] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...new Set(outflows.map((o) => o.userId))] } }, select: { id: true, displayName: true } }),
    db.reviewRequest.findMany({
      where: { targetType: "OUTFLOW", targetId: { in: ids } },
      select: { targetId: true, action: true, status: true },
    }),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return outflows.map((o) => ({
    id: o.id,
    kind: o.kind,
    status: o.status,
    amountFen: o.amountFen,
    feeFen: o.feeFen,
    userName: names.get(o.userId) ?? "",
    payeeName: o.bankCard.holderName,
    bankName: o.bankCard.bankName,
    cardMasked: maskCardNumber(o.bankCard.numberLast4),
    luhnUnverified: o.bankCard.luhnUnverified,
    projectId: o.projectId,
    createdAt: o.createdAt,
    decidedById: o.decidedById,
    decidedAt: o.decidedAt,
    pendingRequests: pendingRequestEvents(requests.filter((r) => r.targetId === o.id)),
  }));
}
