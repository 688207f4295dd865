import type { Db } from "@/lib/server/db/types";
import { describeRequests } from "./describe-requests";

/** The supervisor's approval queue, oldest first. */
export async function listPendingApprovals(db: Db, page: number, pageSize = 20) {
  const where = { status: "PENDING" as const };
  const [requests, total] = await Promise.all([
    db.reviewRequest.findMany({ where, orderBy: { createdAt: "asc" }, skip: (page - 1) * pageSize, take: pageSize }),
    db.reviewRequest.count({ where }),
  ]);
  return { total, items: await describeRequests(db, requests) };
}
