-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh-CN';

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "notificationId" TEXT;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "subjectType" TEXT,
    "subjectId" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_notificationId_key" ON "OutboxEmail"("notificationId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written.
ALTER TABLE "User" ADD CONSTRAINT "User_locale_known" CHECK ("locale" IN ('zh-CN', 'en'));
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_attempts_not_negative" CHECK ("attempts" >= 0);
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_subject_pair"
  CHECK (("subjectType" IS NULL) = ("subjectId" IS NULL));
-- The header's unread count (every page a logged-in user opens) reads only the unread rows of one user.
CREATE INDEX "Notification_unread_idx" ON "Notification"("userId") WHERE "readAt" IS NULL;
-- The send-emails job's claim: unsent rows due for an attempt, oldest first.
CREATE INDEX "OutboxEmail_due_idx" ON "OutboxEmail"("createdAt") WHERE "sentAt" IS NULL;
