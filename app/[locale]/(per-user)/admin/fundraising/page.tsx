import { QueuePage, type QueueRouteProps } from "@/components/admin/queue-page";

/** Projects open for funding, soonest deadline first (where a cancellation starts): the registry's fundraisingProjects queue. */
export default function FundraisingProjectsQueuePage({ searchParams }: QueueRouteProps) {
  return QueuePage({ queueKey: "fundraisingProjects", searchParams });
}
