import { randomUUID } from "node:crypto";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { platformGateway, postEntry, userAvailable } from "@/lib/server/ledger";
import { encryptPii, hashPii } from "@/lib/server/security/pii";
import { residentIdBornOn } from "../../tests/integration/support/investing";

/** Money each investor gets: enough for every operation of the run (one unit each). */
const WALLET_FEN = 100_000_000n;

/**
 * `count` verified adult investors with money, written in bulk (one createMany per table, one DEPOSIT entry
 * paying them all): the benchmark measures investing, not seeding. Returns their ids in a stable order.
 */
export async function seedInvestors(db: Db, count: number): Promise<string[]> {
  const run = randomUUID().slice(0, 8);
  const users = Array.from({ length: count }, (_, i) => ({
    id: `bench-inv-${run}-${i}`,
    email: `bench-inv-${run}-${i}@bench.test`,
    passwordHash: "not-a-real-hash",
    displayName: `Investor ${i}`,
    role: "INVESTOR" as const,
  }));
  await db.user.createMany({ data: users });
  await db.investorProfile.createMany({
    data: users.map((user) => {
      const idNumber = residentIdBornOn("19880808");
      return {
        userId: user.id,
        realName: "王小明",
        idNumberCipher: encryptPii(idNumber),
        idNumberHash: hashPii(`${idNumber}:${user.id}`),
        idNumberLast4: idNumber.slice(-4),
        verifiedAt: new Date(),
      };
    }),
  });
  await withTransaction(db, (tx) =>
    postEntry(tx, {
      idempotencyKey: `bench-deposit:${run}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -WALLET_FEN * BigInt(count) },
        ...users.map((user) => ({ account: userAvailable(user.id), amountFen: WALLET_FEN })),
      ],
    }),
  );
  return users.map((user) => user.id);
}

/** A company and a FUNDRAISING project that fits exactly `units` investments of `unitFen`: the hot project. */
export async function hotProject(db: Db, companyId: string, units: number, unitFen: bigint): Promise<string> {
  const project = await db.loanProject.create({
    data: {
      companyId,
      title: "Hot project",
      purpose: "Benchmark",
      amountFen: unitFen * BigInt(units),
      annualRateBp: 1000,
      termMonths: 12,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 30,
      minInvestmentFen: unitFen,
      status: "FUNDRAISING",
      publishedAt: new Date(),
      fundraisingDeadline: new Date(Date.now() + 30 * 86_400_000),
    },
  });
  return project.id;
}
