import { QueuePage, type QueueRouteProps } from "@/components/admin/queue-page";

/** Loan projects waiting for customer service (初审): the registry's preliminaryReviews queue. */
export default function PreliminaryReviewQueuePage({ searchParams }: QueueRouteProps) {
  return QueuePage({ queueKey: "preliminaryReviews", searchParams });
}
