-- Issue 10, item 7: the loan statuses name the review stage they wait for (初审 / 复审), and "approval" is kept
-- for maker-checker requests only. RENAME VALUE keeps the enum's OIDs, so rows, indexes and constraints
-- that use these values stay valid without a rewrite.
ALTER TYPE "LoanStatus" RENAME VALUE 'PENDING_REVIEW' TO 'PENDING_PRELIMINARY_REVIEW';
ALTER TYPE "LoanStatus" RENAME VALUE 'PENDING_APPROVAL' TO 'PENDING_FINAL_REVIEW';

-- History and audit rows store statuses as text: rename them too, so one name means one thing in every table.
UPDATE "StatusHistory" SET "fromStatus" = 'PENDING_PRELIMINARY_REVIEW'
  WHERE "entityType" = 'LOAN_PROJECT' AND "fromStatus" = 'PENDING_REVIEW';
UPDATE "StatusHistory" SET "fromStatus" = 'PENDING_FINAL_REVIEW'
  WHERE "entityType" = 'LOAN_PROJECT' AND "fromStatus" = 'PENDING_APPROVAL';
UPDATE "StatusHistory" SET "toStatus" = 'PENDING_PRELIMINARY_REVIEW'
  WHERE "entityType" = 'LOAN_PROJECT' AND "toStatus" = 'PENDING_REVIEW';
UPDATE "StatusHistory" SET "toStatus" = 'PENDING_FINAL_REVIEW'
  WHERE "entityType" = 'LOAN_PROJECT' AND "toStatus" = 'PENDING_APPROVAL';

UPDATE "AuditLog"
  SET "data" = replace(replace("data"::text, '"PENDING_REVIEW"', '"PENDING_PRELIMINARY_REVIEW"'),
                       '"PENDING_APPROVAL"', '"PENDING_FINAL_REVIEW"')::jsonb
  WHERE "targetType" = 'LOAN_PROJECT'
    AND ("data"::text LIKE '%"PENDING_REVIEW"%' OR "data"::text LIKE '%"PENDING_APPROVAL"%');
