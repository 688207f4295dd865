import { randomBytes } from "node:crypto";
import type { InvestmentStatus, LoanProject, LoanStatus, Prisma, User } from "@/lib/generated/prisma/client";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db } from "@/lib/server/db/types";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { postEntry, userAvailable, userFrozen } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { depositFor } from "../support/investing";

/**
 * Test data for the disbursement flows: a loan project with investments made the way placing one moves money
 * (a DEPOSIT, then an INVEST_FREEZE available → frozen, and fundedFen), written directly, so a test can put
 * investments in any status (placing one through lib/server/investments: invest-to-payout.test.ts).
 */

export const SHANGHAI = "Asia/Shanghai";

export interface FundedProject {
  project: LoanProject;
  companyUser: User;
  investors: User[];
  investmentIds: string[];
}

export async function bindCard(db: Db, userId: string, fields: Partial<Prisma.BankCardUncheckedCreateInput> = {}) {
  const last4 = String(1000 + Math.floor(Math.random() * 9000));
  return db.bankCard.create({
    data: {
      userId,
      holderName: "Test Co",
      bankName: "ICBC",
      numberCipher: "cipher",
      numberHash: randomBytes(8).toString("hex"),
      numberLast4: last4,
      ...fields,
    },
  });
}

/** Deposits `amountFen` for the investor and invests it: a live investment in `status`. */
export async function invest(db: Db, project: { id: string }, investor: User, amountFen: bigint, status: InvestmentStatus = "CONFIRMED") {
  return withTransaction(db, async (tx) => {
    const investment = await tx.investment.create({ data: { projectId: project.id, investorId: investor.id, amountFen, status } });
    await depositFor(tx, investor.id, amountFen);
    await postEntry(tx, {
      idempotencyKey: `test-freeze:${investment.id}`,
      kind: "INVEST_FREEZE",
      postings: [
        { account: userAvailable(investor.id), amountFen: -amountFen },
        { account: userFrozen(investor.id), amountFen },
      ],
    });
    await tx.loanProject.update({ where: { id: project.id }, data: { fundedFen: { increment: amountFen } } });
    return investment;
  });
}

/**
 * A project in `status` (FULLY_FUNDED by default) with one investment per amount, all `statuses[i]`
 * (CONFIRMED by default); the amounts add up to the loan when `amountFen` is not given.
 */
export async function fundedProject(
  db: Db,
  {
    amounts = [3_000_000n, 5_000_000n, 2_000_000n],
    statuses = [],
    status = "FULLY_FUNDED",
    card = true,
    ...fields
  }: {
    amounts?: bigint[];
    statuses?: InvestmentStatus[];
    status?: LoanStatus;
    card?: boolean;
  } & Partial<Prisma.LoanProjectUncheckedCreateInput> = {},
): Promise<FundedProject> {
  const companyUser = await createUser(db, { role: "COMPANY" });
  const company = await createCompany(db, { userId: companyUser.id });
  const project = await createLoanProject(db, {
    companyId: company.id,
    status,
    amountFen: amounts.reduce((sum, a) => sum + a, 0n),
    publishedAt: new Date("2026-11-01T02:00:00Z"),
    fundraisingDeadline: new Date("2026-11-10T16:00:00Z"),
    ...fields,
  });
  if (card) await bindCard(db, companyUser.id);
  const investors: User[] = [];
  const investmentIds: string[] = [];
  for (const [i, amount] of amounts.entries()) {
    const investor = await createUser(db);
    investors.push(investor);
    investmentIds.push((await invest(db, project, investor, amount, statuses[i] ?? "CONFIRMED")).id);
  }
  return { project: await db.loanProject.findUniqueOrThrow({ where: { id: project.id } }), companyUser, investors, investmentIds };
}

/** A DISBURSING project whose approved payout FAILED before its transfer (a supervisor may make a new one). */
export async function failedPayoutProject(db: Db): Promise<string> {
  const { project } = await fundedProject(db);
  const supervisor = await createUser(db, { role: "SUPERVISOR" });
  const actor = { id: supervisor.id, role: supervisor.role };
  const payout = await approveDisbursement(db, actor, project.id);
  await withTransaction(db, (tx) =>
    applyTransition(tx, { entity: "OUTFLOW", id: payout.id, event: "FAIL", actor, reviewRequestId: "test", reason: "card closed" }),
  );
  return project.id;
}
