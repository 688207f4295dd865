import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import { requestCompanyStatusChange } from "@/lib/server/companies/request-status-change";
import type { Db } from "@/lib/server/db/types";
import { createReviewRequest } from "@/lib/server/review-requests/create-review-request";

/**
 * Customer service files a bad-debt declaration (坏账) for an OVERDUE project: a PENDING LOAN_PROJECT
 * DECLARE_BAD_DEBT request a supervisor approves in /admin/approvals (the approval applies OVERDUE → BAD_DEBT,
 * its guard checked again then). Throws as createReviewRequest: VALIDATION without a reason, FORBIDDEN for anyone
 * but customer service, TRANSITION_NOT_ALLOWED unless OVERDUE, GUARD_FAILED before BAD_DEBT_MIN_DAYS_OVERDUE (90)
 * days overdue on the clock's business date, DUPLICATE_PENDING_REQUEST.
 */
export function requestBadDebtDeclaration(db: Db, actor: Actor, projectId: string, reason: string): Promise<ReviewRequest> {
  return createReviewRequest(db, { maker: actor, targetType: "LOAN_PROJECT", targetId: projectId, action: "DECLARE_BAD_DEBT", reason });
}

/**
 * Customer service files a blacklisting (黑名单) of a WATCH company with a BAD_DEBT project from the overdue
 * queue: a PENDING COMPANY BLACKLIST request for a supervisor, as from the company's page. Throws as
 * requestCompanyStatusChange (COMPANY_NO_BAD_DEBT without a BAD_DEBT project, TRANSITION_NOT_ALLOWED unless WATCH).
 */
export function requestCompanyBlacklist(db: Db, actor: Actor, companyId: string, reason: string): Promise<ReviewRequest> {
  return requestCompanyStatusChange(db, actor, { companyId, event: "BLACKLIST", reason });
}
