import { randomInt, randomUUID } from "node:crypto";
import { residentIdCheckCharacter } from "@/lib/domain/identity/resident-id";
import type { LoanProject, User } from "@/lib/generated/prisma/client";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { createLoanProject, createUser } from "./factories";

/** A resident ID number with the given birth date ("YYYYMMDD") and a correct check character. */
export function residentIdBornOn(yyyymmdd: string): string {
  const first17 = `110101${yyyymmdd}${String(randomInt(1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckCharacter(first17);
}

/**
 * Money in the investor's wallet the way a paid deposit puts it there (platformGateway −X, userAvailable +X),
 * posted directly: the deposit flow is another feature's. Given a transaction, it joins it.
 */
export async function depositFor(db: DbOrTx, userId: string, amountFen: bigint): Promise<void> {
  await withTransaction(db, (tx) =>
    postEntry(tx, {
      idempotencyKey: `test-deposit:${randomUUID()}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -amountFen },
        { account: userAvailable(userId), amountFen },
      ],
    }),
  );
}

/**
 * The identity row real-name verification writes (the id number encrypted, hashed with the user's id, its last
 * four digits), verified at `verifiedAt` (null: not yet). The e2e set-up writes it too (e2e/support/investors.ts).
 */
export function investorProfileData(userId: string, realName: string, idNumber: string, verifiedAt: Date | null) {
  return {
    userId,
    realName,
    idNumberCipher: encryptPii(idNumber),
    idNumberHash: hashPii(`${idNumber}:${userId}`),
    idNumberLast4: idNumber.slice(-4),
    verifiedAt,
  };
}

/**
 * An investor, real-name verified (unless `verified: false`) with a birth date (default 1990-05-01) and
 * `moneyFen` in the wallet (default none).
 */
export async function createInvestor(
  db: Db,
  {
    realName = "张三丰",
    born = "19900501",
    verified = true,
    moneyFen = 0n,
  }: { realName?: string; born?: string; verified?: boolean; moneyFen?: bigint } = {},
): Promise<User> {
  const user = await createUser(db, { role: "INVESTOR" });
  const idNumber = residentIdBornOn(born);
  await db.investorProfile.create({
    data: investorProfileData(user.id, realName, idNumber, verified ? new Date("2026-01-01T00:00:00Z") : null),
  });
  if (moneyFen > 0n) await depositFor(db, user.id, moneyFen);
  return user;
}

/** A FUNDRAISING project (default ¥100,000.00, unit ¥100.00) whose deadline is `deadline` (default far ahead). */
export async function createFundraisingProject(
  db: Db,
  {
    amountFen = 100_000_00n,
    minInvestmentFen = 100_00n,
    deadline = new Date("2099-01-01T00:00:00Z"),
    fundedFen = 0n,
  }: { amountFen?: bigint; minInvestmentFen?: bigint; deadline?: Date; fundedFen?: bigint } = {},
): Promise<LoanProject> {
  return createLoanProject(db, {
    status: "FUNDRAISING",
    amountFen,
    minInvestmentFen,
    fundedFen,
    fundraisingDeadline: deadline,
    publishedAt: new Date("2026-11-01T00:00:00Z"),
  });
}
