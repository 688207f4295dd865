import { QueuePage, type QueueRouteProps } from "@/components/admin/queue-page";

/** Loan projects waiting for a supervisor (复审): the registry's finalReviews queue. */
export default function FinalReviewQueuePage({ searchParams }: QueueRouteProps) {
  return QueuePage({ queueKey: "finalReviews", searchParams });
}
