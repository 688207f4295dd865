import type { CompanyRecord } from "@/lib/server/decision-context/company-records";
import { CompanyHistory } from "./company-history";
import { CompanyLoanRecord } from "./company-loan-record";
import { CompanySummary } from "./company-summary";
import { DocumentList } from "./document-list";
import { ReviewRequestList } from "./review-request-list";

/**
 * The whole company behind a decision, in one block: profile and status, documents, loan record, status
 * history and earlier review requests. The same block on every approval and review page (issue 8 §1).
 */
export function CompanyRecordPanels({
  record,
  link = true,
  exceptRequestId,
  loans = true,
}: {
  record: CompanyRecord;
  link?: boolean;
  /** The request being decided, already shown above with its reason: listed once, not twice. */
  exceptRequestId?: string;
  /** False where the page shows the loans itself, with what each owes (the company's own page). */
  loans?: boolean;
}) {
  return (
    <div className="space-y-5">
      <CompanySummary record={record} link={link} />
      <DocumentList documents={record.company.documents} />
      {loans && <CompanyLoanRecord record={record} />}
      <CompanyHistory history={record.history} />
      <ReviewRequestList requests={record.requests.filter((r) => r.id !== exceptRequestId)} />
    </div>
  );
}
