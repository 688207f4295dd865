import { depositFor, investorProfileData } from "../../tests/integration/support/investing";
import { randomResidentId, type TestUser, type test } from "./fixtures";

type Database = Parameters<Parameters<typeof test>[2]>[0]["database"];

/**
 * The investor verified as the real-name flow leaves them (written directly: verification is tested on its own),
 * under `realName` and a random resident id.
 */
export async function verifyInvestor(database: Database, investor: TestUser, realName: string) {
  await database.prisma.investorProfile.create({ data: investorProfileData(investor.id, realName, randomResidentId(), new Date()) });
}

/** A verified investor with `moneyFen` in the wallet. */
export async function verifiedInvestorWithMoney(database: Database, investor: TestUser, realName: string, moneyFen: bigint) {
  await verifyInvestor(database, investor, realName);
  // As a paid deposit leaves it, posted straight into the ledger: deposits are tested on their own.
  await depositFor(database.prisma, investor.id, moneyFen);
}
