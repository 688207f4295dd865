import { InvestmentLiveStatuses } from "@/lib/domain/machines/investment";
import { maskPersonName } from "@/lib/domain/text/mask-name";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";

/** One line of a project's public investment records: 张** · ¥5,000.00 · 2026-12-01 10:00. */
export interface InvestmentRecord {
  id: string;
  /** The investor's verified real name, masked (maskPersonName); never the name itself. */
  maskedName: string;
  amountFen: bigint;
  createdAt: Date;
}

export const INVESTMENT_RECORDS_PAGE_SIZE = 10;

/**
 * The investments that count towards the project (PENDING, CONFIRMED, HOLDING and SETTLED ones), newest first,
 * one page: only the masked name leaves this function.
 */
export async function listInvestmentRecords(
  db: DbOrTx,
  projectId: string,
  page: number,
  pageSize = INVESTMENT_RECORDS_PAGE_SIZE,
): Promise<Page<InvestmentRecord>> {
  const where = { projectId, status: { in: [...InvestmentLiveStatuses, "SETTLED" as const] } };
  return listPage(
    page,
    pageSize,
    async (window) => {
      const rows = await db.investment.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: { id: true, amountFen: true, createdAt: true, investor: { select: { investorProfile: { select: { realName: true } } } } },
      });
      return rows.map((row) => ({
        id: row.id,
        maskedName: maskPersonName(row.investor.investorProfile?.realName ?? ""),
        amountFen: row.amountFen,
        createdAt: row.createdAt,
      }));
    },
    () => db.investment.count({ where }),
  );
}
