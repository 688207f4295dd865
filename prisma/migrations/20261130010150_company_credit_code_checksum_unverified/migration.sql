-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "creditCodeChecksumUnverified" BOOLEAN NOT NULL DEFAULT false;

