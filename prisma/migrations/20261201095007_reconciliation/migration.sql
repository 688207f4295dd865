-- CreateEnum
CREATE TYPE "StatementFormat" AS ENUM ('CSV', 'JSON');

-- CreateEnum
CREATE TYPE "StatementDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "ReconciliationDifferenceKind" AS ENUM ('MISSING_ON_PLATFORM', 'MISSING_AT_GATEWAY', 'AMOUNT_MISMATCH', 'DUPLICATE_SERIAL');

-- CreateEnum
CREATE TYPE "ReconciliationDifferenceStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ReconciliationResolution" AS ENUM ('MATCHED', 'APPLY_PAYMENT', 'CORRECT_SERIAL', 'POST_CORRECTION', 'EXPLAIN');

-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'RECONCILIATION_DIFFERENCE';

-- AlterEnum
ALTER TYPE "LedgerAccountKind" ADD VALUE 'PLATFORM_SUSPENSE';

-- CreateTable
CREATE TABLE "StatementImport" (
    "id" TEXT NOT NULL,
    "format" "StatementFormat" NOT NULL,
    "fileName" TEXT,
    "contentHash" TEXT NOT NULL,
    "periodFrom" DATE,
    "periodTo" DATE,
    "lineCount" INTEGER NOT NULL,
    "newLineCount" INTEGER NOT NULL,
    "matchedCount" INTEGER NOT NULL,
    "differenceCounts" JSONB NOT NULL,
    "totalInFen" BIGINT NOT NULL,
    "totalOutFen" BIGINT NOT NULL,
    "openingBalanceFen" BIGINT,
    "closingBalanceFen" BIGINT,
    "importedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementLine" (
    "id" BIGSERIAL NOT NULL,
    "importId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "serial" TEXT NOT NULL,
    "occurrence" INTEGER NOT NULL,
    "direction" "StatementDirection" NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "businessDate" DATE NOT NULL,
    "orderNo" TEXT,
    "reference" TEXT,
    "counterparty" TEXT,
    "cardNumber" TEXT,
    "balanceFen" BIGINT,
    "fingerprint" TEXT NOT NULL,

    CONSTRAINT "StatementLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReconciliationDifference" (
    "id" TEXT NOT NULL,
    "kind" "ReconciliationDifferenceKind" NOT NULL,
    "status" "ReconciliationDifferenceStatus" NOT NULL DEFAULT 'OPEN',
    "serial" TEXT NOT NULL,
    "businessDate" DATE NOT NULL,
    "direction" "StatementDirection" NOT NULL,
    "statementAmountFen" BIGINT,
    "platformAmountFen" BIGINT,
    "depositId" TEXT,
    "outflowId" TEXT,
    "lineId" BIGINT,
    "importId" TEXT NOT NULL,
    "resolution" "ReconciliationResolution",
    "note" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "correctionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReconciliationDifference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StatementImport_contentHash_key" ON "StatementImport"("contentHash");

-- CreateIndex
CREATE INDEX "StatementImport_createdAt_idx" ON "StatementImport"("createdAt");

-- CreateIndex
CREATE INDEX "StatementLine_importId_lineNo_idx" ON "StatementLine"("importId", "lineNo");

-- CreateIndex
CREATE INDEX "StatementLine_businessDate_idx" ON "StatementLine"("businessDate");

-- CreateIndex
CREATE UNIQUE INDEX "StatementLine_serial_occurrence_key" ON "StatementLine"("serial", "occurrence");

-- CreateIndex
CREATE INDEX "ReconciliationDifference_status_createdAt_idx" ON "ReconciliationDifference"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ReconciliationDifference_depositId_idx" ON "ReconciliationDifference"("depositId");

-- CreateIndex
CREATE INDEX "ReconciliationDifference_outflowId_idx" ON "ReconciliationDifference"("outflowId");

-- CreateIndex
CREATE UNIQUE INDEX "ReconciliationDifference_kind_serial_key" ON "ReconciliationDifference"("kind", "serial");

-- AddForeignKey
ALTER TABLE "StatementLine" ADD CONSTRAINT "StatementLine_importId_fkey" FOREIGN KEY ("importId") REFERENCES "StatementImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: what the database keeps by itself (docs/domain/reconciliation.md).

-- The suspense account is, like the gateway, a boundary account: it may be negative (money owed back to the
-- platform after the gateway paid out more than recorded). Compared as text: a value added to an enum in this
-- transaction cannot be used as an enum literal yet.
ALTER TABLE "LedgerAccount" DROP CONSTRAINT "LedgerAccount_balance_not_negative";
ALTER TABLE "LedgerAccount"
  ADD CONSTRAINT "LedgerAccount_balance_not_negative"
  CHECK ("kind"::text IN ('PLATFORM_GATEWAY', 'PLATFORM_SUSPENSE') OR "balanceFen" >= 0);

ALTER TABLE "StatementLine"
  ADD CONSTRAINT "StatementLine_amount_positive" CHECK ("amountFen" > 0),
  ADD CONSTRAINT "StatementLine_occurrence_not_negative" CHECK ("occurrence" >= 0),
  ADD CONSTRAINT "StatementLine_serial_not_blank" CHECK (btrim("serial") <> '');

ALTER TABLE "StatementImport"
  ADD CONSTRAINT "StatementImport_counts" CHECK ("lineCount" >= 0 AND "newLineCount" BETWEEN 0 AND "lineCount" AND "matchedCount" BETWEEN 0 AND "lineCount"),
  ADD CONSTRAINT "StatementImport_period" CHECK ("periodFrom" IS NULL OR "periodTo" IS NULL OR "periodFrom" <= "periodTo");

-- A resolved difference says how and when; an open one has neither.
ALTER TABLE "ReconciliationDifference"
  ADD CONSTRAINT "ReconciliationDifference_resolved" CHECK (
    ("status" = 'OPEN' AND "resolution" IS NULL AND "resolvedAt" IS NULL)
    OR ("status" = 'RESOLVED' AND "resolution" IS NOT NULL AND "resolvedAt" IS NOT NULL)),
  ADD CONSTRAINT "ReconciliationDifference_amounts" CHECK (
    ("statementAmountFen" IS NULL OR "statementAmountFen" > 0) AND ("platformAmountFen" IS NULL OR "platformAmountFen" > 0));
