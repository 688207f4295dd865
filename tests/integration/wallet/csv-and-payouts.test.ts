import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import { fixedClock } from "@/lib/server/clock";
import { exportTransactionsCsv, listReceivedPayouts, parseTransactionFilters, type TransactionsCsvWords } from "@/lib/server/wallet";
import { createCompany, createLoanProject, createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { backdateEntry, depositOf, freezeOf, post } from "./support";

const clock = fixedClock("2026-12-10T04:00:00Z", "Asia/Shanghai");

const words: TransactionsCsvWords = {
  headings: {
    at: "时间",
    kind: "类型",
    account: "账户",
    amountYuan: "金额（元）",
    amountFen: "金额（分）",
    balanceYuan: "余额（元）",
    entry: "记账号",
  },
  // A hostile label stands in for any text cell: the guard must hold whatever a translation says.
  kind: (kind) => (kind === "DEPOSIT" ? '=HYPERLINK("http://x")' : `kind ${kind}`),
  account: (account) => (account === "AVAILABLE" ? '可用, "余额"' : "冻结"),
};

let db: TestDatabase;
let investor: User;

beforeAll(async () => {
  db = await createTestDatabase();
  investor = await createUser(db.prisma);
  const deposit = await post(db.prisma, depositOf(investor.id, 1_234_56n, `c-dep-${investor.id}`));
  const freeze = await post(db.prisma, freezeOf(investor.id, 1_000_00n, `c-frz-${investor.id}`));
  await backdateEntry(db.prisma, deposit, new Date("2026-12-01T16:05:09Z"));
  await backdateEntry(db.prisma, freeze, new Date("2026-12-03T02:00:00Z"));
});
afterAll(async () => {
  await db?.close();
});

describe("exportTransactionsCsv", () => {
  it("writes the filtered rows with a BOM, CRLF, both amounts and formula-safe cells", async () => {
    const csv = await exportTransactionsCsv(db.prisma, investor.id, {}, words, { clock });
    expect(csv.filename).toBe("transactions-2026-12-10.csv");
    expect(csv.rows).toBe(3);
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    const lines = csv.body.slice(1).split("\r\n");
    expect(lines).toEqual([
      "时间,类型,账户,金额（元）,金额（分）,余额（元）,记账号",
      expect.stringMatching(/^2026-12-03 10:00:00,kind INVEST_FREEZE,冻结,1000\.00,100000,1000\.00,c/),
      expect.stringMatching(/^2026-12-03 10:00:00,kind INVEST_FREEZE,"可用, ""余额""",-1000\.00,-100000,234\.56,c/),
      // 16:05:09Z is 00:05:09 the next day in Shanghai.
      expect.stringMatching(/^2026-12-02 00:05:09,"'=HYPERLINK\(""http:\/\/x""\)","可用, ""余额""",1234\.56,123456,1234\.56,c/),
      "",
    ]);
  });

  it("exports only what the filters keep, and nothing of another user's", async () => {
    const filtered = await exportTransactionsCsv(db.prisma, investor.id, parseTransactionFilters({ to: "2026-12-02" }), words, { clock });
    expect(filtered.rows).toBe(1);
    expect(filtered.body).toContain("123456");
    const stranger = await createUser(db.prisma);
    const empty = await exportTransactionsCsv(db.prisma, stranger.id, {}, words, { clock });
    expect(empty.rows).toBe(0);
    expect(empty.body).toBe("\uFEFF时间,类型,账户,金额（元）,金额（分）,余额（元）,记账号\r\n");
    await assertLedgerInvariants(db.prisma);
  });
});

describe("listReceivedPayouts", () => {
  it("lists the company's payouts with status, amounts and the serial once transferred, and nothing else", async () => {
    const company = await createCompany(db.prisma);
    const [cs, supervisor] = await Promise.all([
      createUser(db.prisma, { role: "CUSTOMER_SERVICE" }),
      createUser(db.prisma, { role: "SUPERVISOR" }),
    ]);
    const card = await db.prisma.bankCard.create({
      data: { userId: company.userId, holderName: company.name, bankName: "ICBC", numberCipher: "x", numberHash: "h", numberLast4: "4321" },
    });
    const paidOut = await createLoanProject(db.prisma, { companyId: company.id, title: "Paid out", status: "REPAYING" });
    const waiting = await createLoanProject(db.prisma, { companyId: company.id, title: "Waiting", status: "DISBURSING" });
    const base = { kind: "PAYOUT" as const, userId: company.userId, bankCardId: card.id, requestedById: supervisor.id };
    const decided = { decidedById: supervisor.id, decidedAt: new Date("2026-12-05T02:00:00Z") };
    await db.prisma.outflow.create({
      data: {
        ...base,
        ...decided,
        projectId: paidOut.id,
        amountFen: 98_000_00n,
        feeFen: 2_000_00n,
        status: "TRANSFERRED",
        externalSerial: "SBX-T-0001",
        transferredById: cs.id,
        transferredAt: new Date("2026-12-05T03:00:00Z"),
        createdAt: new Date("2026-12-05T01:00:00Z"),
      },
    });
    await db.prisma.outflow.create({
      data: {
        ...base,
        ...decided,
        projectId: waiting.id,
        amountFen: 49_000_00n,
        feeFen: 1_000_00n,
        status: "APPROVED",
        createdAt: new Date("2026-12-06T01:00:00Z"),
      },
    });
    // A withdrawal of the same user is not a payout.
    await db.prisma.outflow.create({
      data: { kind: "WITHDRAWAL", userId: company.userId, bankCardId: card.id, requestedById: company.userId, amountFen: 1_00n },
    });

    const payouts = await listReceivedPayouts(db.prisma, company.userId);
    expect(payouts.map((p) => [p.projectTitle, p.status, p.amountFen, p.feeFen, p.serial, p.cardLast4])).toEqual([
      ["Waiting", "APPROVED", 49_000_00n, 1_000_00n, null, "4321"],
      ["Paid out", "TRANSFERRED", 98_000_00n, 2_000_00n, "SBX-T-0001", "4321"],
    ]);
    expect(await listReceivedPayouts(db.prisma, (await createCompany(db.prisma)).userId)).toEqual([]);
  });
});
