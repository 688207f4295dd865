import type { InvestmentStatus, LoanStatus } from "@/lib/generated/prisma/enums";
import { INVESTMENT_REVIEW_QUEUE } from "@/lib/server/admin/queues/registry";
import type { DbOrTx } from "@/lib/server/db/types";
import { listPage, type Page } from "@/lib/shared/pagination";

/** A row of the investor's own list (/investor/investments). */
export interface OwnInvestment {
  id: string;
  status: InvestmentStatus;
  amountFen: bigint;
  createdAt: Date;
  /** Why customer service rejected it, shown to the investor. */
  decisionReason: string | null;
  project: { id: string; title: string; status: LoanStatus };
}

/** The investor's own investments, newest first, one page. */
export async function listOwnInvestments(db: DbOrTx, investorId: string, page: number, pageSize = 20): Promise<Page<OwnInvestment>> {
  const where = { investorId };
  return listPage(
    page,
    pageSize,
    (window) =>
      db.investment.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          status: true,
          amountFen: true,
          createdAt: true,
          decisionReason: true,
          project: { select: { id: true, title: true, status: true } },
        },
      }),
    () => db.investment.count({ where }),
  );
}

/** A row of customer service's investment-review queue. */
export interface InvestmentToReview {
  id: string;
  status: InvestmentStatus;
  amountFen: bigint;
  createdAt: Date;
  investor: { id: string; displayName: string; realName: string | null };
  project: { id: string; title: string; status: LoanStatus; amountFen: bigint; fundedFen: bigint };
}

/** The PENDING investments, oldest first (the registry's INVESTMENT_REVIEW_QUEUE), one page. */
export async function listInvestmentsToReview(db: DbOrTx, page: number, pageSize = 20): Promise<Page<InvestmentToReview>> {
  const { where, orderBy } = INVESTMENT_REVIEW_QUEUE;
  return listPage(
    page,
    pageSize,
    async (window) => {
      const rows = await db.investment.findMany({
        where,
        orderBy,
        ...window,
        select: {
          id: true,
          status: true,
          amountFen: true,
          createdAt: true,
          investor: { select: { id: true, displayName: true, investorProfile: { select: { realName: true } } } },
          project: { select: { id: true, title: true, status: true, amountFen: true, fundedFen: true } },
        },
      });
      return rows.map(({ investor, ...row }) => ({
        ...row,
        investor: { id: investor.id, displayName: investor.displayName, realName: investor.investorProfile?.realName ?? null },
      }));
    },
    () => db.investment.count({ where }),
  );
}
