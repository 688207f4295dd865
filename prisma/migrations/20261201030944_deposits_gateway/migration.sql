-- AlterTable
ALTER TABLE "Deposit" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "paidAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "PaymentNotification" (
    "webhookId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "orderNo" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentNotification_pkey" PRIMARY KEY ("webhookId")
);

-- CreateIndex
CREATE INDEX "PaymentNotification_orderNo_idx" ON "PaymentNotification"("orderNo");

-- CreateIndex
CREATE INDEX "Deposit_status_expiresAt_idx" ON "Deposit"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "Deposit" ADD CONSTRAINT "Deposit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: the database refuses a deposit of nothing, and a PAID deposit without the serial and time that
-- make its credit traceable (the credit's idempotency key is deposit:<gatewaySerial>).
ALTER TABLE "Deposit" ADD CONSTRAINT "Deposit_amount_positive_check" CHECK ("amountFen" > 0);
ALTER TABLE "Deposit" ADD CONSTRAINT "Deposit_paid_has_serial_check"
  CHECK ("status" <> 'PAID' OR ("gatewaySerial" IS NOT NULL AND "paidAt" IS NOT NULL));
