-- The default public listing (every published status, newest first) reads this index in order instead of
-- scanning every public row: about 0.2 ms instead of 3–8 ms at 10,000 projects (see `npm run bench`).
CREATE INDEX "LoanProject_public_publishedAt_idx" ON "LoanProject" ("publishedAt" DESC, "id" DESC)
  WHERE "status" IN ('FUNDRAISING', 'FULLY_FUNDED', 'DISBURSING', 'REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED', 'FAILED');
