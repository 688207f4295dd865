import type { DbOrTx } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";

/**
 * The company's repayments (还款) on all its projects, newest first, one page: amount split into principal,
 * interest and penalty (fen), the business date paid on, and the project. Uses the (projectId, createdAt) index
 * through the project join.
 */
export async function listCompanyRepayments(db: DbOrTx, companyId: string, page: number, pageSize = 20) {
  const where = { project: { companyId } };
  return listPage(
    page,
    pageSize,
    (window) =>
      db.repayment.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          kind: true,
          amountFen: true,
          principalFen: true,
          interestFen: true,
          penaltyFen: true,
          repaidOn: true,
          depositId: true,
          project: { select: { id: true, title: true } },
        },
      }),
    () => db.repayment.count({ where }),
  );
}
