export {
  type ApprovedReviewRequest,
  type ApproveReviewRequestInput,
  approveReviewRequest,
} from "./approve-review-request";
export { type CancelReviewRequestInput, cancelReviewRequest } from "./cancel-review-request";
export { type CreateReviewRequestInput, createReviewRequest } from "./create-review-request";
export { type RejectReviewRequestInput, rejectReviewRequest } from "./reject-review-request";
