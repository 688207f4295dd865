-- AlterTable
ALTER TABLE "Outflow" ADD COLUMN     "bankCardId" TEXT NOT NULL,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "feeFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "requestedById" TEXT NOT NULL,
ADD COLUMN     "transferredAt" TIMESTAMP(3),
ADD COLUMN     "transferredById" TEXT;

-- CreateTable
CREATE TABLE "BankCard" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "bankName" TEXT NOT NULL,
    "numberCipher" TEXT NOT NULL,
    "numberHash" TEXT NOT NULL,
    "numberLast4" TEXT NOT NULL,
    "luhnUnverified" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unboundAt" TIMESTAMP(3),

    CONSTRAINT "BankCard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BankCard_userId_createdAt_idx" ON "BankCard"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Outflow_projectId_idx" ON "Outflow"("projectId");

-- AddForeignKey
ALTER TABLE "Outflow" ADD CONSTRAINT "Outflow_bankCardId_fkey" FOREIGN KEY ("bankCardId") REFERENCES "BankCard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankCard" ADD CONSTRAINT "BankCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: rules Prisma cannot express.
-- A card is bound once per user at a time; an unbound card's row stays for the outflows that point at it.
CREATE UNIQUE INDEX "BankCard_active_user_number_key" ON "BankCard"("userId", "numberHash") WHERE "unboundAt" IS NULL;
ALTER TABLE "BankCard" ADD CONSTRAINT "BankCard_numberLast4_check" CHECK ("numberLast4" ~ '^[0-9]{4}$');

ALTER TABLE "Outflow" ADD CONSTRAINT "Outflow_amount_positive_check" CHECK ("amountFen" > 0 AND "feeFen" >= 0);
-- A payout belongs to a loan project and only a payout keeps a fee.
ALTER TABLE "Outflow" ADD CONSTRAINT "Outflow_kind_project_check"
  CHECK (("kind" = 'PAYOUT') = ("projectId" IS NOT NULL) AND ("kind" = 'PAYOUT' OR "feeFen" = 0));
-- Past REQUESTED a supervisor has decided; a transferred outflow has its serial and the person who transferred it,
-- who is not the supervisor who approved it (no money leaves without both people).
ALTER TABLE "Outflow" ADD CONSTRAINT "Outflow_decided_check"
  CHECK ("status" = 'REQUESTED' OR ("decidedById" IS NOT NULL AND "decidedAt" IS NOT NULL));
ALTER TABLE "Outflow" ADD CONSTRAINT "Outflow_transferred_check"
  CHECK ("status" NOT IN ('TRANSFERRED', 'RECONCILED')
    OR ("externalSerial" IS NOT NULL AND "transferredById" IS NOT NULL AND "transferredAt" IS NOT NULL));
ALTER TABLE "Outflow" ADD CONSTRAINT "Outflow_four_eyes_check"
  CHECK ("transferredById" IS NULL OR "transferredById" <> "decidedById");
-- At most one live payout per loan project.
CREATE UNIQUE INDEX "Outflow_live_payout_per_project_key" ON "Outflow"("projectId")
  WHERE "kind" = 'PAYOUT' AND "status" NOT IN ('REJECTED', 'FAILED');
