-- Investing (投标) and investment-request review (投资请求审核), issue 11.
-- The column is required from now on; rows written before it (none in production) take the migration's time.
ALTER TABLE "Investment" ADD COLUMN "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "riskNoticeAcceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Investment" ALTER COLUMN "riskNoticeAcceptedAt" DROP DEFAULT;

-- A rejection always tells the investor why.
ALTER TABLE "Investment"
  ADD CONSTRAINT "Investment_rejection_has_reason"
  CHECK ("status" <> 'REJECTED' OR ("decisionReason" IS NOT NULL AND btrim("decisionReason") <> ''));
