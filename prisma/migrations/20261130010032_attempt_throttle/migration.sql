-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "AttemptThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),

    CONSTRAINT "AttemptThrottle_pkey" PRIMARY KEY ("key")
);


-- Refunds never take a counter below zero.
ALTER TABLE "AttemptThrottle" ADD CONSTRAINT "AttemptThrottle_failures_nonnegative" CHECK ("failures" >= 0);
