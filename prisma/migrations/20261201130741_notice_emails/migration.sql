-- A notice's e-mail moves from its own OutboxEmail row onto the Notification (bench/repayment: a second row per
-- notice cost a repayment to 5,000 investors ~70 ms). Order matters: the delivery state is copied before the
-- OutboxEmail rows of notices are deleted and the link column dropped.

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailLastError" TEXT,
ADD COLUMN     "emailNextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "emailSentAt" TIMESTAMP(3);

-- Hand-written: the delivery state of the notices' e-mails so far.
UPDATE "Notification" AS n
   SET "emailSentAt" = o."sentAt", "emailAttempts" = o."attempts", "emailLastError" = o."lastError",
       "emailNextAttemptAt" = o."nextAttemptAt"
  FROM "OutboxEmail" AS o
 WHERE o."notificationId" = n."id";
DELETE FROM "OutboxEmail" WHERE "notificationId" IS NOT NULL;

-- DropIndex
DROP INDEX "OutboxEmail_notificationId_key";

-- DropIndex (the send-emails job reads OutboxEmail_due_idx)
DROP INDEX "OutboxEmail_sentAt_createdAt_idx";

-- AlterTable
ALTER TABLE "OutboxEmail" DROP COLUMN "notificationId";

-- Hand-written.
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_emailAttempts_not_negative" CHECK ("emailAttempts" >= 0);
-- The send-emails job's claim of notices' e-mails: unsent ones, oldest first (appended in time order, so
-- cheap to keep up to date inside a repayment's transaction).
CREATE INDEX "Notification_email_due_idx" ON "Notification"("createdAt") WHERE "emailSentAt" IS NULL;
