import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { loadOutflowRows, type OutflowQueueRow } from "@/lib/server/outflows/list-outflow-queue";
import type { DifferenceView } from "@/lib/server/reconciliation/types";
import { differenceViews } from "@/lib/server/reconciliation/views";
import { type CompanyRecord, loadCompanyRecords } from "./company-records";

/**
 * The subject of each pending review request, for the supervisor's approval page (issue 8 §1): for a
 * COMPANY request the company's record; for a LOAN_PROJECT request the project's terms and status history
 * plus its company's record; for an OUTFLOW request (FAIL) the outflow as customer service saw it; for a
 * RECONCILIATION_DIFFERENCE request (a resolution) the difference as the reconciliation pages list it. Keyed by request id; a request whose target no longer exists has no entry.
 * A fixed number of queries for the whole page.
 */
export async function loadApprovalSubjects(db: Db, requests: readonly Pick<ReviewRequest, "id" | "targetType" | "targetId">[]) {
  const projectIds = requests.filter((r) => r.targetType === "LOAN_PROJECT").map((r) => r.targetId);
  const outflowIds = requests.filter((r) => r.targetType === "OUTFLOW").map((r) => r.targetId);
  const differenceIds = requests.filter((r) => r.targetType === "RECONCILIATION_DIFFERENCE").map((r) => r.targetId);
  const [projects, projectHistory, outflows, differences] = await Promise.all([
    db.loanProject.findMany({ where: { id: { in: projectIds } } }),
    db.statusHistory.findMany({
      where: { entityType: "LOAN_PROJECT", entityId: { in: projectIds } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    loadOutflowRows(db, outflowIds),
    differenceIds.length === 0
      ? []
      : db.reconciliationDifference.findMany({ where: { id: { in: differenceIds } } }).then((rows) => differenceViews(db, rows)),
  ]);
  const differenceOf = new Map(differences.map((d) => [d.id, d]));
  const outflowOf = new Map(outflows.map((o) => [o.id, o]));
  const projectOf = new Map(projects.map((p) => [p.id, p]));
  const companyIds = [...requests.filter((r) => r.targetType === "COMPANY").map((r) => r.targetId), ...projects.map((p) => p.companyId)];
  const records = await loadCompanyRecords(db, companyIds);
  const subjects = new Map<string, ApprovalSubject>();
  for (const request of requests) {
    if (request.targetType === "COMPANY") {
      const company = records.get(request.targetId);
      if (company) subjects.set(request.id, { kind: "COMPANY", company });
    } else if (request.targetType === "LOAN_PROJECT") {
      const project = projectOf.get(request.targetId);
      const company = project && records.get(project.companyId);
      if (project && company) {
        const history = projectHistory.filter((h) => h.entityId === project.id);
        subjects.set(request.id, { kind: "LOAN_PROJECT", project, history, company });
      }
    } else if (request.targetType === "OUTFLOW") {
      const outflow = outflowOf.get(request.targetId);
      if (outflow) subjects.set(request.id, { kind: "OUTFLOW", outflow });
    } else if (request.targetType === "RECONCILIATION_DIFFERENCE") {
      const difference = differenceOf.get(request.targetId);
      if (difference) subjects.set(request.id, { kind: "RECONCILIATION_DIFFERENCE", difference });
    }
  }
  return subjects;
}

type LoanProjectRow = Awaited<ReturnType<Db["loanProject"]["findMany"]>>[number];
type HistoryRow = Awaited<ReturnType<Db["statusHistory"]["findMany"]>>[number];

export type ApprovalSubject =
  | { kind: "COMPANY"; company: CompanyRecord }
  | { kind: "LOAN_PROJECT"; project: LoanProjectRow; history: HistoryRow[]; company: CompanyRecord }
  | { kind: "OUTFLOW"; outflow: OutflowQueueRow }
  | { kind: "RECONCILIATION_DIFFERENCE"; difference: DifferenceView };
