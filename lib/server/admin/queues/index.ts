export { type QueueFigures, queueCounts, queueFigures } from "./counts";
export { type LoanReviewRow, listQueue } from "./list-queue";
export {
  COMPANY_VERIFICATION_QUEUE,
  type GenericQueueList,
  listedQueue,
  QUEUE_KEYS,
  QUEUES,
  type QueueEntry,
  type QueueKey,
  type QueueViewer,
  queuesFor,
  STAFF_QUEUE,
  STATUS_CHANGE_APPROVAL_QUEUE,
} from "./registry";
