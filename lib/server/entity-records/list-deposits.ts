import type { Actor } from "@/lib/domain/permissions";
import type { DepositPurpose, DepositStatus } from "@/lib/generated/prisma/enums";
import type { Db } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";
import { assertMayViewRecords } from "./entity-ref";

export const DEPOSIT_STATUSES = ["CREATED", "PAID", "FAILED", "EXPIRED"] as const satisfies readonly DepositStatus[];
export const DEPOSIT_PURPOSES = ["WALLET", "REPAYMENT"] as const satisfies readonly DepositPurpose[];

export interface DepositFilter {
  status?: DepositStatus;
  purpose?: DepositPurpose;
}

/** A filter from query values: anything not a status or purpose is ignored (the whole list). */
export function parseDepositFilter(query: { status?: unknown; purpose?: unknown }): DepositFilter {
  const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
  const status = one(query.status);
  const purpose = one(query.purpose);
  return {
    status: (DEPOSIT_STATUSES as readonly unknown[]).includes(status) ? (status as DepositStatus) : undefined,
    purpose: (DEPOSIT_PURPOSES as readonly unknown[]).includes(purpose) ? (purpose as DepositPurpose) : undefined,
  };
}

/**
 * Every deposit order (充值) of every user, newest first, a page at a time, optionally of one status and one
 * purpose, each with its user. Staff only ("records.view").
 */
export async function listDeposits(db: Db, actor: Pick<Actor, "role">, filter: DepositFilter, page: number, pageSize = 20) {
  assertMayViewRecords(actor);
  const where = { status: filter.status, purpose: filter.purpose };
  return listPage(
    page,
    pageSize,
    (window) =>
      db.deposit.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          amountFen: true,
          status: true,
          purpose: true,
          gatewaySerial: true,
          createdAt: true,
          user: { select: { id: true, displayName: true, role: true } },
        },
      }),
    () => db.deposit.count({ where }),
  );
}
