import { companyApprovalHandlers } from "@/lib/server/companies/activation-approval";
import { loanProjectApprovalHandlers } from "@/lib/server/disbursement/cancel-approval";
import { outflowApprovalHandlers } from "@/lib/server/outflows/fail-approval";
import { reconciliationApprovalHandlers } from "@/lib/server/reconciliation/resolution-approval";
import type { ApprovalHandlers } from "@/lib/server/review-requests/approval-handlers";

/** Every feature's maker-checker handlers, run by the review-request service when a request is decided. */
export const APPROVAL_HANDLERS: ApprovalHandlers = {
  COMPANY: companyApprovalHandlers,
  OUTFLOW: outflowApprovalHandlers,
  LOAN_PROJECT: loanProjectApprovalHandlers,
  RECONCILIATION_DIFFERENCE: reconciliationApprovalHandlers,
};
