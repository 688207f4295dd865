import type { Db } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";
import type { GenericQueueList } from "./registry";

/**
 * What a row of the generic page shows: the loan project, and its company with the company's status
 * ("loanReview"); its funding and deadline ("fundraising").
 */
const LOAN_REVIEW_ROW = {
  id: true,
  title: true,
  amountFen: true,
  fundedFen: true,
  fundraisingDeadline: true,
  annualRateBp: true,
  termMonths: true,
  submittedAt: true,
  passedById: true,
  company: { select: { id: true, name: true, status: true } },
} as const;

/** One page of a queue the generic page lists, in the entry's order. */
export async function listQueue(db: Db, list: GenericQueueList, page: number, pageSize = 20) {
  const { where, orderBy } = list.query;
  return listPage(
    page,
    pageSize,
    (window) => db.loanProject.findMany({ where, orderBy, ...window, select: LOAN_REVIEW_ROW }),
    () => db.loanProject.count({ where }),
  );
}

export type LoanReviewRow = Awaited<ReturnType<typeof listQueue>>["items"][number];
