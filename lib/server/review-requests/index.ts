export { type ApprovalHandler, type ApprovalHandlers, approvalHandlerOf, type DecisionOptions } from "./approval-handlers";
export {
  type ApprovedReviewRequest,
  type ApproveReviewRequestInput,
  approveReviewRequest,
} from "./approve-review-request";
export { type CancelReviewRequestInput, cancelReviewRequest } from "./cancel-review-request";
export { type CreateReviewRequestInput, createReviewRequest } from "./create-review-request";
export { cancelOwnReviewRequest, listOwnReviewRequests } from "./own-requests";
export { listPendingApprovals } from "./pending-approvals";
export { type RejectReviewRequestInput, rejectReviewRequest } from "./reject-review-request";
