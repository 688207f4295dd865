import { parsePage } from "@/components/ui/pagination";
import type { Actor } from "@/lib/domain/permissions";
import type { Db } from "@/lib/server/db/types";
import { type EntityRef, listAuditRows, listLedgerEntries, listReviewRequests, listStatusHistory } from "@/lib/server/entity-records";
import type { Query } from "./labels";
import { LedgerSection } from "./ledger-section";
import { ReviewRequestsSection } from "./review-requests-section";
import { TrailSection } from "./trail-section";

/**
 * The four sections every record page shares (issue 13 §4): status history, ledger entries, review requests
 * and audit rows, each read by its service (which checks "records.view") and paged by its own query
 * parameter (hp, lp, rp, ap).
 */
export async function EntityRecordSections({
  db,
  actor,
  record,
  basePath,
  query,
  withHistoryAndRequests = true,
}: {
  db: Db;
  actor: Pick<Actor, "role">;
  record: EntityRef;
  basePath: string;
  query: Query;
  /** False where the page already shows the record's history and requests its own way (the company page). */
  withHistoryAndRequests?: boolean;
}) {
  const [history, ledger, requests, audit] = await Promise.all([
    withHistoryAndRequests ? listStatusHistory(db, actor, record, parsePage(query.hp)) : null,
    listLedgerEntries(db, actor, record, parsePage(query.lp)),
    withHistoryAndRequests ? listReviewRequests(db, actor, record, parsePage(query.rp)) : null,
    listAuditRows(db, actor, record, parsePage(query.ap)),
  ]);
  return (
    <div className="grid min-w-0 gap-6 lg:grid-cols-2">
      {history && <TrailSection kind="history" type={record.type} list={history} basePath={basePath} query={query} />}
      {requests && <ReviewRequestsSection type={record.type} list={requests} basePath={basePath} query={query} />}
      <div className="min-w-0 lg:col-span-2">
        <LedgerSection list={ledger} basePath={basePath} query={query} />
      </div>
      <div className="min-w-0 lg:col-span-2">
        <TrailSection kind="audit" list={audit} basePath={basePath} query={query} />
      </div>
    </div>
  );
}
