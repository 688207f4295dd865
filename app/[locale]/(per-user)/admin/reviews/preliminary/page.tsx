import { getTranslations } from "next-intl/server";
import { LoanReviewQueue } from "@/components/admin/loan-review-queue";
import { parsePage } from "@/components/ui/pagination";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { listLoanReviewQueue } from "@/lib/server/loan-requests/staff-loan-review";

const PAGE_SIZE = 20;

export default async function PreliminaryReviewQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePageRole(["CUSTOMER_SERVICE"], "/admin/reviews/preliminary");
  const page = parsePage((await searchParams).page);
  const [t, db] = await Promise.all([getTranslations("review"), getDb()]);
  const queue = await listLoanReviewQueue(db, "PENDING_PRELIMINARY_REVIEW", page, PAGE_SIZE);
  return (
    <LoanReviewQueue
      title={t("queueTitlePreliminary")}
      queue={queue}
      page={page}
      pageSize={PAGE_SIZE}
      basePath="/admin/reviews/preliminary"
    />
  );
}
