import { randomUUID } from "node:crypto";
import type { Clock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { platformGateway, postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";
import { recordOutflowTransfer } from "@/lib/server/outflows";
import type { TestUser, test } from "./fixtures";
import { insertProject } from "./projects";

type Database = Parameters<Parameters<typeof test>[2]>[0]["database"];
type MakeUser = Parameters<Parameters<typeof test>[2]>[0]["makeUser"];

export interface RepayingLoan {
  projectId: string;
  title: string;
  company: TestUser;
  /** One per investment, in the order of `amounts`. */
  investors: { user: TestUser; investmentId: string; amountFen: bigint }[];
}

/**
 * A loan project in REPAYING for the clock specs, reached the way production reaches it from a full
 * subscription: a NORMAL company with a bank card, a FULLY_FUNDED project of ¥100,000.00 (insertProject) with one
 * CONFIRMED investment per amount (deposit and freeze posted as placing one does), the disbursement approved by
 * a supervisor and the payout transferred and recorded by customer service on `clock` (the e2e server's clock:
 * the schedule starts on its business date and every investor's claims are stored). Those steps have their own
 * e2e specs (money-walk, disbursement); the clock specs start from here.
 */
export async function repayingLoan(
  database: Database,
  makeUser: MakeUser,
  clock: Clock,
  {
    title,
    termMonths = 3,
    rateBp = 1200,
    amounts = [3_000_000n, 5_000_000n, 2_000_000n],
  }: {
    title: string;
    termMonths?: number;
    rateBp?: number;
    amounts?: bigint[];
  },
): Promise<RepayingLoan> {
  const db = database.prisma;
  if (amounts.reduce((sum, a) => sum + a, 0n) !== 10_000_000n) throw new Error("repayingLoan: the amounts make ¥100,000.00");
  const company = await makeUser("COMPANY", { companyStatus: "NORMAL" });
  await db.company.update({ where: { userId: company.id }, data: { activatedAt: clock.now() } });
  await db.bankCard.create({
    data: {
      userId: company.id,
      holderName: "E2E 公司",
      bankName: "招商银行",
      numberCipher: "e2e",
      numberHash: `e2e-${randomUUID()}`,
      numberLast4: "4321",
    },
  });
  const project = await insertProject(database, company, {
    title,
    rateBp,
    method: "EQUAL_INSTALLMENT",
    termMonths,
    status: "FULLY_FUNDED",
  });
  const investors: RepayingLoan["investors"] = [];
  for (const amountFen of amounts) {
    const user = await makeUser("INVESTOR");
    const investmentId = await withTransaction(db, async (tx) => {
      const investment = await tx.investment.create({
        data: { projectId: project.id, investorId: user.id, amountFen, status: "CONFIRMED" },
      });
      await postEntry(tx, {
        idempotencyKey: `e2e-deposit:${investment.id}`,
        kind: "DEPOSIT",
        postings: [
          { account: platformGateway(), amountFen: -amountFen },
          { account: userAvailable(user.id), amountFen },
        ],
      });
      await postEntry(tx, {
        idempotencyKey: `e2e-freeze:${investment.id}`,
        kind: "INVEST_FREEZE",
        postings: [
          { account: userAvailable(user.id), amountFen: -amountFen },
          { account: userFrozen(user.id), amountFen },
        ],
      });
      await tx.loanProject.update({ where: { id: project.id }, data: { fundedFen: { increment: amountFen } } });
      return investment.id;
    });
    investors.push({ user, investmentId, amountFen });
  }
  const supervisor = await makeUser("SUPERVISOR");
  const cs = await makeUser("CUSTOMER_SERVICE");
  const payout = await approveDisbursement(db, { id: supervisor.id, role: supervisor.role }, project.id, clock);
  const serial = `SBT${randomUUID().replaceAll("-", "").slice(0, 12).toUpperCase()}`;
  await recordOutflowTransfer(db, { id: cs.id, role: cs.role }, payout.id, serial, { clock });
  const repaying = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
  if (repaying.status !== "REPAYING") throw new Error(`repayingLoan: the project is ${repaying.status}`);
  return { projectId: project.id, title, company, investors };
}

/**
 * Money into the user's wallet as a credited deposit would bring it (DEPOSIT gateway → available), written
 * directly: deposits through the checkout have their own specs. `key` makes the entry unique.
 */
export async function topUpWallet(database: Database, userId: string, amountFen: bigint, key: string = randomUUID()) {
  await withTransaction(database.prisma, (tx) =>
    postEntry(tx, {
      idempotencyKey: `e2e-top-up:${key}`,
      kind: "DEPOSIT",
      postings: [
        { account: platformGateway(), amountFen: -amountFen },
        { account: userAvailable(userId), amountFen },
      ],
    }),
  );
}

/** What each investment has received of its principal over the loan's life, by investment id (fen). */
export async function receivedPrincipalByInvestment(database: Database, projectId: string): Promise<Map<string, bigint>> {
  const rows = await database.prisma.claimInstalment.groupBy({
    by: ["investmentId"],
    where: { instalment: { projectId } },
    _sum: { receivedPrincipalFen: true },
  });
  return new Map(rows.map((row) => [row.investmentId, row._sum.receivedPrincipalFen ?? 0n]));
}
