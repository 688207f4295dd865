import { maskCardNumber } from "@/lib/domain/bank-cards";
import type { Db } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";

export interface OwnWithdrawalRow {
  id: string;
  amountFen: bigint;
  status: string;
  /** Why a supervisor rejected it or why it failed; null otherwise. */
  reason: string | null;
  bankName: string;
  cardMasked: string;
  createdAt: Date;
  transferredAt: Date | null;
}

/** One page of the user's own withdrawals, newest first (ties by id). */
export async function listOwnWithdrawals(db: Db, userId: string, page: number, pageSize = 20): Promise<Page<OwnWithdrawalRow>> {
  const where = { userId, kind: "WITHDRAWAL" as const };
  return listPage(
    page,
    pageSize,
    async (window) =>
      (
        await db.outflow.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          ...window,
          select: {
            id: true,
            amountFen: true,
            status: true,
            reason: true,
            createdAt: true,
            transferredAt: true,
            bankCard: { select: { bankName: true, numberLast4: true } },
          },
        })
      ).map(({ bankCard, ...row }) => ({ ...row, bankName: bankCard.bankName, cardMasked: maskCardNumber(bankCard.numberLast4) })),
    () => db.outflow.count({ where }),
  );
}
