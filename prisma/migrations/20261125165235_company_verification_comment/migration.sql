-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "verificationComment" TEXT;

