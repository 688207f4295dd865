import { STATUS_CHANGE_APPROVAL_QUEUE } from "@/lib/server/admin/queues/registry";
import type { Db } from "@/lib/server/db/types";
import { listPage } from "@/lib/shared/pagination";
import { describeRequests } from "./describe-requests";

/** The supervisor's approval queue (the registry's statusChangeApprovals), oldest first. */
export async function listPendingApprovals(db: Db, page: number, pageSize = 20) {
  const { where, orderBy } = STATUS_CHANGE_APPROVAL_QUEUE;
  const requests = await listPage(
    page,
    pageSize,
    (window) => db.reviewRequest.findMany({ where, orderBy, ...window }),
    () => db.reviewRequest.count({ where }),
  );
  return { ...requests, items: await describeRequests(db, requests.items) };
}
