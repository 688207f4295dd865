import type { Db } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";
import { findOwnLoanRequest } from "./scope";

/** The company's own loan projects, newest first. */
export async function listOwnLoanRequests(db: Db, userId: string, page: number, pageSize = 20) {
  const where = { company: { userId } };
  return listPage(
    page,
    pageSize,
    (window) =>
      db.loanProject.findMany({
        where,
        orderBy: { createdAt: "desc" },
        ...window,
        select: {
          id: true,
          title: true,
          amountFen: true,
          annualRateBp: true,
          termMonths: true,
          status: true,
          createdAt: true,
          updatedAt: true,
        },
      }),
    () => db.loanProject.count({ where }),
  );
}

/** The request with its full status history, reasons included: the company sees every review comment. */
export async function getOwnLoanRequest(db: Db, userId: string, projectId: string) {
  const project = await findOwnLoanRequest(db, userId, projectId);
  const history = await db.statusHistory.findMany({
    where: { entityType: "LOAN_PROJECT", entityId: project.id },
    orderBy: { createdAt: "desc" },
  });
  return { project, history };
}
