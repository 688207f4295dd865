-- CreateEnum
CREATE TYPE "InstalmentStatus" AS ENUM ('DUE', 'PAID');

-- AlterTable
ALTER TABLE "LoanProject" ADD COLUMN     "disbursedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RepaymentInstalment" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "principalFen" BIGINT NOT NULL,
    "interestFen" BIGINT NOT NULL,
    "status" "InstalmentStatus" NOT NULL DEFAULT 'DUE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepaymentInstalment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimInstalment" (
    "id" TEXT NOT NULL,
    "instalmentId" TEXT NOT NULL,
    "investmentId" TEXT NOT NULL,
    "principalFen" BIGINT NOT NULL,
    "interestFen" BIGINT NOT NULL,

    CONSTRAINT "ClaimInstalment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RepaymentInstalment_status_dueDate_idx" ON "RepaymentInstalment"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "RepaymentInstalment_projectId_number_key" ON "RepaymentInstalment"("projectId", "number");

-- CreateIndex
CREATE INDEX "ClaimInstalment_instalmentId_idx" ON "ClaimInstalment"("instalmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimInstalment_investmentId_instalmentId_key" ON "ClaimInstalment"("investmentId", "instalmentId");

-- AddForeignKey
ALTER TABLE "RepaymentInstalment" ADD CONSTRAINT "RepaymentInstalment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "LoanProject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimInstalment" ADD CONSTRAINT "ClaimInstalment_instalmentId_fkey" FOREIGN KEY ("instalmentId") REFERENCES "RepaymentInstalment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimInstalment" ADD CONSTRAINT "ClaimInstalment_investmentId_fkey" FOREIGN KEY ("investmentId") REFERENCES "Investment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: rules Prisma cannot express.
ALTER TABLE "RepaymentInstalment" ADD CONSTRAINT "RepaymentInstalment_amounts_check"
  CHECK ("number" >= 1 AND "principalFen" >= 0 AND "interestFen" >= 0);
ALTER TABLE "ClaimInstalment" ADD CONSTRAINT "ClaimInstalment_amounts_check"
  CHECK ("principalFen" >= 0 AND "interestFen" >= 0);
-- A project has a schedule only once it has been paid out.
ALTER TABLE "LoanProject" ADD CONSTRAINT "LoanProject_disbursed_check"
  CHECK ("disbursedAt" IS NULL OR "status" IN ('REPAYING', 'OVERDUE', 'BAD_DEBT', 'SETTLED'));
