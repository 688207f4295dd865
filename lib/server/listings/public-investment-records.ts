import type { DbOrTx } from "@/lib/server/db/types";
import { type Page, pageCount, pageWindow } from "@/lib/shared/pagination";
import {
  PUBLIC_INVESTMENT_RECORD_SELECT,
  PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE,
  PUBLIC_INVESTMENT_STATUSES,
  type PublicInvestmentRecord,
  publicProjectId,
  toPublicInvestmentRecord,
} from "./public-investment-record";
import { PUBLIC_LOAN_STATUSES } from "./query";

/**
 * One page (1-based) of a published project's masked investment records, newest first, with the order and
 * statuses of the project page's first page (getPublicLoanProject). A page below 1 reads page 1; a page past
 * the end reads the last page (a link followed after records were refunded still shows some). Null when the
 * id is malformed or unknown or the project is not public (DRAFT, under review, REJECTED, WITHDRAWN): 404.
 */
export async function listPublicInvestmentRecords(
  db: DbOrTx,
  projectId: string,
  page: number,
  pageSize = PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE,
): Promise<Page<PublicInvestmentRecord> | null> {
  if (!publicProjectId.safeParse(projectId).success) return null;
  const project = await db.loanProject.findFirst({
    where: { id: projectId, status: { in: [...PUBLIC_LOAN_STATUSES] } },
    select: { id: true },
  });
  if (!project) return null;

  const where = { projectId, status: { in: [...PUBLIC_INVESTMENT_STATUSES] } };
  const total = await db.investment.count({ where });
  const asked = pageWindow(page, pageSize);
  const window = pageWindow(Math.min(asked.page, pageCount(total, asked.pageSize)), asked.pageSize);
  const rows = await db.investment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    select: PUBLIC_INVESTMENT_RECORD_SELECT,
  });
  return { items: rows.map(toPublicInvestmentRecord), total, page: window.page, pageSize: window.pageSize };
}
