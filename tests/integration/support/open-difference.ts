import type { PrismaClient } from "@/lib/generated/prisma/client";

let counter = 0;

/**
 * An OPEN reconciliation difference (a payment serial listed twice on an imported statement), written straight
 * into the tables for tests that need one to exist (authorization checks, page guards); the import and its
 * matching have their own tests (tests/integration/reconciliation). `importerId`: any user id.
 */
export async function createOpenDifference(db: PrismaClient, importerId: string) {
  counter += 1;
  const serial = `SBP20200101${String(Date.now() % 1e8).padStart(8, "0")}${counter}`;
  const statementImport = await db.statementImport.create({
    data: {
      format: "JSON",
      contentHash: `test-${serial}`,
      lineCount: 2,
      newLineCount: 2,
      matchedCount: 0,
      differenceCounts: { DUPLICATE_SERIAL: 1 },
      totalInFen: 200n,
      totalOutFen: 0n,
      importedById: importerId,
    },
  });
  return db.reconciliationDifference.create({
    data: {
      kind: "DUPLICATE_SERIAL",
      serial,
      businessDate: new Date("2020-01-01T00:00:00Z"),
      direction: "IN",
      statementAmountFen: 100n,
      importId: statementImport.id,
    },
  });
}
