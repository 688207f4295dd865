-- CreateEnum
CREATE TYPE "DepositPurpose" AS ENUM ('WALLET', 'REPAYMENT');

-- CreateEnum
CREATE TYPE "RepaymentKind" AS ENUM ('INSTALMENT', 'EARLY');

-- AlterTable
ALTER TABLE "RepaymentInstalment" ADD COLUMN     "interestWaivedFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "overdueSince" DATE,
ADD COLUMN     "paidAt" TIMESTAMP(3),
ADD COLUMN     "paidInterestFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "paidPenaltyFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "paidPrincipalFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "penaltyAccruedOn" DATE,
ADD COLUMN     "penaltyFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Existing rows get a value; Prisma sets it from then on (@updatedAt has no database default).
ALTER TABLE "RepaymentInstalment" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "ClaimInstalment" ADD COLUMN     "feeFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "interestWaivedFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "receivedInterestFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "receivedPenaltyFen" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "receivedPrincipalFen" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Deposit" ADD COLUMN     "projectId" TEXT,
ADD COLUMN     "purpose" "DepositPurpose" NOT NULL DEFAULT 'WALLET';

-- CreateTable
CREATE TABLE "Repayment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "RepaymentKind" NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "principalFen" BIGINT NOT NULL,
    "interestFen" BIGINT NOT NULL,
    "penaltyFen" BIGINT NOT NULL,
    "feeFen" BIGINT NOT NULL,
    "repaidOn" DATE NOT NULL,
    "paidById" TEXT,
    "depositId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Repayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepaymentAllocation" (
    "repaymentId" TEXT NOT NULL,
    "instalmentId" TEXT NOT NULL,
    "principalFen" BIGINT NOT NULL,
    "interestFen" BIGINT NOT NULL,
    "penaltyFen" BIGINT NOT NULL,

    CONSTRAINT "RepaymentAllocation_pkey" PRIMARY KEY ("repaymentId","instalmentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Repayment_depositId_key" ON "Repayment"("depositId");

-- CreateIndex
CREATE INDEX "Repayment_projectId_createdAt_idx" ON "Repayment"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Repayment_repaidOn_idx" ON "Repayment"("repaidOn");

-- CreateIndex
CREATE INDEX "RepaymentAllocation_instalmentId_idx" ON "RepaymentAllocation"("instalmentId");

-- AddForeignKey
ALTER TABLE "Repayment" ADD CONSTRAINT "Repayment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "LoanProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepaymentAllocation" ADD CONSTRAINT "RepaymentAllocation_repaymentId_fkey" FOREIGN KEY ("repaymentId") REFERENCES "Repayment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepaymentAllocation" ADD CONSTRAINT "RepaymentAllocation_instalmentId_fkey" FOREIGN KEY ("instalmentId") REFERENCES "RepaymentInstalment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: what a repayment may never do, whatever the code does.
-- An instalment is never paid more than it owes, nor waived more interest than it carries.
ALTER TABLE "RepaymentInstalment" ADD CONSTRAINT "RepaymentInstalment_paid_within_owed" CHECK (
  "paidPrincipalFen" >= 0 AND "paidPrincipalFen" <= "principalFen"
  AND "paidInterestFen" >= 0 AND "interestWaivedFen" >= 0 AND "paidInterestFen" + "interestWaivedFen" <= "interestFen"
  AND "penaltyFen" >= 0 AND "paidPenaltyFen" >= 0 AND "paidPenaltyFen" <= "penaltyFen"
);
-- PAID means nothing is owed on it any more.
ALTER TABLE "RepaymentInstalment" ADD CONSTRAINT "RepaymentInstalment_paid_means_settled" CHECK (
  "status" <> 'PAID' OR ("paidPrincipalFen" = "principalFen"
    AND "paidInterestFen" + "interestWaivedFen" = "interestFen" AND "paidPenaltyFen" = "penaltyFen")
);
-- An investor's claim is never paid more than it holds.
ALTER TABLE "ClaimInstalment" ADD CONSTRAINT "ClaimInstalment_received_within_claim" CHECK (
  "receivedPrincipalFen" >= 0 AND "receivedPrincipalFen" <= "principalFen"
  AND "receivedInterestFen" >= 0 AND "interestWaivedFen" >= 0 AND "receivedInterestFen" + "interestWaivedFen" <= "interestFen"
  AND "receivedPenaltyFen" >= 0 AND "feeFen" >= 0 AND "feeFen" <= "receivedInterestFen"
);
-- A repayment's parts add up, and it moves money.
ALTER TABLE "Repayment" ADD CONSTRAINT "Repayment_parts_add_up" CHECK (
  "principalFen" >= 0 AND "interestFen" >= 0 AND "penaltyFen" >= 0 AND "feeFen" >= 0 AND "feeFen" <= "interestFen"
  AND "amountFen" = "principalFen" + "interestFen" + "penaltyFen" AND "amountFen" > 0
);
-- A checkout repayment names its project; a wallet deposit names none.
ALTER TABLE "Deposit" ADD CONSTRAINT "Deposit_repayment_names_project" CHECK (("purpose" = 'REPAYMENT') = ("projectId" IS NOT NULL));
-- The daily overdue job reads the unpaid instalments by due date.
CREATE INDEX "RepaymentInstalment_unpaid_due_idx" ON "RepaymentInstalment" ("dueDate") WHERE "status" = 'DUE';
