-- Investing (投标) and investment-request review (投资请求审核), issue 11: when the risk notice was accepted,
-- who decided the investment, why and when.
ALTER TABLE "Investment" ADD COLUMN "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "riskNoticeAcceptedAt" TIMESTAMP(3);
