-- AlterTable
ALTER TABLE "User" ALTER COLUMN "passwordHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "StaffInvitation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "supersededAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffInvitation_userId_createdAt_idx" ON "StaffInvitation"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_sentAt_createdAt_idx" ON "OutboxEmail"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_to_createdAt_idx" ON "OutboxEmail"("to", "createdAt");

-- AddForeignKey
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written guarantees.
-- Only a staff account may lack a password (it is waiting for its activation link); customers set theirs at registration.
ALTER TABLE "User" ADD CONSTRAINT "User_password_or_pending_staff"
  CHECK ("passwordHash" IS NOT NULL OR "role" IN ('CUSTOMER_SERVICE', 'SUPERVISOR', 'ADMIN'));

-- At most one live link per account: re-sending supersedes the old one in the same transaction, and two
-- concurrent re-sends cannot both leave a working link behind.
CREATE UNIQUE INDEX "StaffInvitation_one_open_per_user" ON "StaffInvitation"("userId")
  WHERE "usedAt" IS NULL AND "supersededAt" IS NULL;

-- A link is either used or superseded, never both; the stored hash is a SHA-256 in hex.
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_used_or_superseded"
  CHECK ("usedAt" IS NULL OR "supersededAt" IS NULL);
ALTER TABLE "StaffInvitation" ADD CONSTRAINT "StaffInvitation_token_hash_sha256"
  CHECK ("tokenHash" ~ '^[0-9a-f]{64}$');
