import type { Db } from "@/lib/server/db/types";
import { notFound } from "@/lib/server/errors";
import { loadCompanyRecords } from "./company-records";

/**
 * Everything a loan reviewer decides on (issue 8 §1): the loan project's terms, its own status history (with
 * each reviewer's reason, newest first), and the borrowing company's record (status, activation date,
 * documents, status history, other projects). The schedule is derived from the terms on the page
 * (lib/domain/schedules projectSchedule), since it depends on the server clock.
 */
export async function getLoanReviewContext(db: Db, projectId: string) {
  const project = await db.loanProject.findUnique({ where: { id: projectId } });
  if (!project) throw notFound();
  const [history, records] = await Promise.all([
    db.statusHistory.findMany({
      where: { entityType: "LOAN_PROJECT", entityId: projectId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    loadCompanyRecords(db, [project.companyId]),
  ]);
  const company = records.get(project.companyId);
  if (!company) throw notFound();
  return {
    project,
    history,
    // The company's record beside this loan project: its other loan projects only.
    company: { ...company, projects: company.projects.filter((p) => p.id !== projectId), projectCount: company.projectCount - 1 },
  };
}
