import type { CompanyStatusRequest } from "@/lib/domain/companies/status-requests";
import type { Actor } from "@/lib/domain/permissions";
import type { ReviewRequest } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { createReviewRequest } from "@/lib/server/review-requests";

/**
 * Customer service files a request for `event` on the company, which a supervisor approves in /admin/approvals
 * (the approval applies the event, its guard checked again on that day's facts). Refused at filing, nothing
 * written: VALIDATION (no reason), FORBIDDEN (not customer service), TRANSITION_NOT_ALLOWED (not from the
 * company's status), DUPLICATE_PENDING_REQUEST, or the guard's own refusal (lib/server/companies/
 * company-status-refusal.ts: COMPANY_HAS_OVERDUE, COMPANY_NO_BAD_DEBT, COMPANY_TOO_RECENT { months, needed },
 * COMPANY_OVERDUE_IN_WINDOW { months }, COMPANY_STILL_OWES { amount }, COMPANY_LOAN_OUTSTANDING).
 */
export async function requestCompanyStatusChange(
  db: Db,
  maker: Actor,
  input: { companyId: string; event: CompanyStatusRequest; reason: string },
): Promise<ReviewRequest> {
  return createReviewRequest(db, { maker, targetType: "COMPANY", targetId: input.companyId, action: input.event, reason: input.reason });
}
