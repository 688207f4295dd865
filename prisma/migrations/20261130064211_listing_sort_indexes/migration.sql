-- DropIndex
DROP INDEX "LoanProject_status_publishedAt_idx";

-- DropIndex
DROP INDEX "LoanProject_status_annualRateBp_idx";

-- DropIndex
DROP INDEX "LoanProject_status_fundraisingDeadline_idx";

-- CreateIndex
CREATE INDEX "LoanProject_status_publishedAt_id_idx" ON "LoanProject"("status", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "LoanProject_status_annualRateBp_publishedAt_id_idx" ON "LoanProject"("status", "annualRateBp", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "LoanProject_status_rate_asc_idx" ON "LoanProject"("status", "annualRateBp", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "LoanProject_status_fundraisingDeadline_id_idx" ON "LoanProject"("status", "fundraisingDeadline", "id");

-- Hand-written (Prisma cannot express these): the rest of the public listing's sorts (issue 9). Each index
-- holds its sort's ORDER BY exactly, tie-breaker included, and every column the sort reads (INCLUDE where an
-- expression needs them), so a page's ids — even a deep page's — come from an index-only scan in order that
-- stops after the page, instead of sorting every matching project (figures: bench/listings.ts).

-- A one-status listing sorted by deadline, for a status other than FUNDRAISING (closed: latest first).
CREATE INDEX "LoanProject_status_deadline_desc_idx" ON "LoanProject" ("status", "fundraisingDeadline" DESC NULLS LAST, "id" DESC);

-- A one-status listing sorted by funding progress (read backwards: highest first).
CREATE INDEX "LoanProject_status_progress_idx" ON "LoanProject" ("status", (("fundedFen")::numeric / "amountFen"), "publishedAt", "id")
  INCLUDE ("fundedFen", "amountFen");

-- Every public status at once (the default listing): partial indexes over the published projects, like
-- LoanProject_public_publishedAt_idx for the newest first. The predicate lists PUBLIC_LOAN_STATUSES.
CREATE INDEX "LoanProject_public_rate_desc_idx" ON "LoanProject" ("annualRateBp" DESC, "publishedAt" DESC, "id" DESC)
  WHERE "status" IN ('FUNDRAISING', 'FULLY_FUNDED', 'DISBURSING', 'REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'FAILED');

CREATE INDEX "LoanProject_public_rate_asc_idx" ON "LoanProject" ("annualRateBp", "publishedAt" DESC, "id" DESC)
  WHERE "status" IN ('FUNDRAISING', 'FULLY_FUNDED', 'DISBURSING', 'REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'FAILED');

CREATE INDEX "LoanProject_public_progress_idx" ON "LoanProject" ((("fundedFen")::numeric / "amountFen") DESC, "publishedAt" DESC, "id" DESC)
  INCLUDE ("fundedFen", "amountFen") WHERE "status" IN ('FUNDRAISING', 'FULLY_FUNDED', 'DISBURSING', 'REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'FAILED');

-- Open projects closing soonest first, then the closed ones, latest deadline first (the mixed deadline sort).
CREATE INDEX "LoanProject_public_deadline_idx" ON "LoanProject" (
  (CASE WHEN "status" = 'FUNDRAISING' THEN "fundraisingDeadline" END) ASC NULLS LAST, "fundraisingDeadline" DESC NULLS LAST, "id" DESC)
  INCLUDE ("status") WHERE "status" IN ('FUNDRAISING', 'FULLY_FUNDED', 'DISBURSING', 'REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'FAILED');
