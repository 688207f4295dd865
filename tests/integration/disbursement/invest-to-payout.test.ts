import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { rejectDisbursement } from "@/lib/server/disbursement/reject-disbursement";
import { cancelInvestment, confirmInvestment, placeInvestment } from "@/lib/server/investments";
import { failExpiredFundraising } from "@/lib/server/jobs/fail-expired-fundraising";
import { getBalances } from "@/lib/server/ledger";
import { recordOutflowTransfer } from "@/lib/server/outflows";
import { createUser } from "../support/factories";
import { createFundraisingProject, createInvestor } from "../support/investing";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { bindCard } from "./funded-project";

// From investing to the payout through the real services of each step (investing: lib/server/investments;
// transfer: lib/server/outflows), as customer service and the supervisor would go.

const clock = fixedClock("2026-12-01T02:00:00Z", "Asia/Shanghai");
const afterDeadline = fixedClock("2026-12-11T02:00:00Z", "Asia/Shanghai");
const deadline = new Date("2026-12-10T16:00:00Z");

let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;
const actor = (user: User) => ({ id: user.id, role: user.role });

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
});
afterAll(async () => {
  await database?.close();
});

async function projectWithCard(amountFen: bigint) {
  const project = await createFundraisingProject(db, { amountFen, deadline });
  const company = await db.company.findUniqueOrThrow({ where: { id: project.companyId } });
  await bindCard(db, company.userId);
  return project;
}
const invest = (investorId: string, projectId: string, amountFen: bigint) =>
  placeInvestment(db, { investorId, projectId, amountFen, riskNoticeAccepted: true }, { clock });

describe("from investing to the payout", () => {
  it("two investors fill the project, CS confirms, the supervisor approves, CS transfers: every wallet and account adds up", async () => {
    const a = await createInvestor(db, { moneyFen: 50_000_00n });
    const b = await createInvestor(db, { moneyFen: 80_000_00n });
    const project = await projectWithCard(100_000_00n);
    const first = await invest(a.id, project.id, 40_000_00n);
    const second = await invest(b.id, project.id, 60_000_00n);
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FULLY_FUNDED");

    await confirmInvestment(db, actor(cs), first.id, { clock });
    await expect(approveDisbursement(db, actor(sup), project.id)).rejects.toMatchObject({ code: "INVESTMENTS_NOT_CONFIRMED" });
    await confirmInvestment(db, actor(cs), second.id, { clock });
    const payout = await approveDisbursement(db, actor(sup), project.id);
    await recordOutflowTransfer(db, actor(cs), payout.id, "SBX-TRF-INVEST-1");

    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("REPAYING");
    expect(await getBalances(db, a.id)).toEqual({ availableFen: 10_000_00n, frozenFen: 0n });
    expect(await getBalances(db, b.id)).toEqual({ availableFen: 20_000_00n, frozenFen: 0n });
    const claims = await db.claimInstalment.groupBy({ by: ["investmentId"], _sum: { principalFen: true } });
    const principalOf = (id: string) => claims.find((row) => row.investmentId === id)?._sum.principalFen;
    expect(principalOf(first.id)).toBe(40_000_00n);
    expect(principalOf(second.id)).toBe(60_000_00n);
    await assertLedgerInvariants(db);
  });

  it("a project left short after the deadline cannot be paid out, only rejected with refunds", async () => {
    const a = await createInvestor(db, { moneyFen: 50_000_00n });
    const b = await createInvestor(db, { moneyFen: 50_000_00n });
    const project = await projectWithCard(60_000_00n);
    const first = await invest(a.id, project.id, 30_000_00n);
    const second = await invest(b.id, project.id, 30_000_00n);
    await confirmInvestment(db, actor(cs), first.id, { clock });
    // The second investor cancels after the deadline: the project stays FULLY_FUNDED, short of its amount.
    await cancelInvestment(db, { id: b.id, role: "INVESTOR" }, second.id, { clock: afterDeadline });
    const short = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(short).toMatchObject({ status: "FULLY_FUNDED", fundedFen: 30_000_00n });
    // Not FUNDRAISING: the expiry job leaves it to the supervisor.
    await failExpiredFundraising(db, afterDeadline);
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("FULLY_FUNDED");

    await expect(approveDisbursement(db, actor(sup), project.id)).rejects.toMatchObject({ code: "UNDERFUNDED" });
    await rejectDisbursement(db, actor(sup), project.id, "Short after the deadline");
    expect(await getBalances(db, a.id)).toEqual({ availableFen: 50_000_00n, frozenFen: 0n });
    expect(await getBalances(db, b.id)).toEqual({ availableFen: 50_000_00n, frozenFen: 0n });
    await assertLedgerInvariants(db);
  });
});
