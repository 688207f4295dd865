import { randomUUID } from "node:crypto";
import { withTransaction } from "@/lib/server/db/transaction";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { randomResidentId, type TestUser, type test } from "./fixtures";

type Database = Parameters<Parameters<typeof test>[2]>[0]["database"];

/**
 * The investor verified as the real-name flow leaves them (written directly: verification is tested on its own),
 * under `realName` and a random resident id.
 */
export async function verifyInvestor(database: Database, investor: TestUser, realName: string) {
  const idNumber = randomResidentId();
  await database.prisma.investorProfile.create({
    data: {
      userId: investor.id,
      realName,
      idNumberCipher: encryptPii(idNumber),
      idNumberHash: hashPii(`${idNumber}:${investor.id}`),
      idNumberLast4: idNumber.slice(-4),
      verifiedAt: new Date(),
    },
  });
}

/** `moneyFen` in the user's wallet, as a paid deposit leaves it (posted straight into the ledger: deposits are tested on their own). */
export async function depositDirectly(database: Database, user: TestUser, moneyFen: bigint) {
  await withTransaction(database.prisma, (tx) =>
    postEntry(tx, {
      idempotencyKey: `e2e-deposit:${randomUUID()}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -moneyFen },
        { account: userAvailable(user.id), amountFen: moneyFen },
      ],
    }),
  );
}

/** A verified investor with `moneyFen` in the wallet. */
export async function verifiedInvestorWithMoney(database: Database, investor: TestUser, realName: string, moneyFen: bigint) {
  await verifyInvestor(database, investor, realName);
  await depositDirectly(database, investor, moneyFen);
}
