import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import { loadApprovalSubjects } from "@/lib/server/decision-context/approval-subjects";
import { getBalances } from "@/lib/server/ledger";
import { applyTransition } from "@/lib/server/lifecycle";
import {
  countOpenDifferences,
  importStatement,
  importStatementFromGateway,
  listDifferences,
  listStatementImports,
  readDailyReport,
  readDifference,
  readStatementImport,
  requestResolution,
} from "@/lib/server/reconciliation";
import { createRepaymentCheckout } from "@/lib/server/repayments/create-repayment-checkout";
import { approveReviewRequest } from "@/lib/server/review-requests";
import { describeRequests } from "@/lib/server/review-requests/describe-requests";
import { FakeGateway, openDeposit } from "../deposits/helpers";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { actor, type Staff, staff } from "../withdrawals/helpers";
import { at, paidDeposit, reconciliationCounts, statementCsv, statementJson, transferredWithdrawal } from "./helpers";

describe("reconciliation", () => {
  let db: TestDatabase;
  let people: Staff;
  let n = 0;
  /** A serial unique in this run. */
  const serial = (tag: string) => `SBX-${tag}-${++n}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    people = await staff(db.prisma);
  });
  afterAll(async () => {
    await db.close();
  });

  const cs = () => actor(people.cs);
  const sup = () => actor(people.sup);

  /** CS files the resolution, a supervisor approves it; returns the approved request. */
  async function resolve(differenceId: string, resolution: Parameters<typeof requestResolution>[1]["resolution"], payload?: object) {
    const request = await requestResolution(db.prisma, { maker: cs(), differenceId, resolution, payload, reason: `resolve ${resolution}` });
    return approveReviewRequest(db.prisma, { checker: sup(), requestId: request.id });
  }

  const differenceOf = (kind: string, serialOf: string) =>
    db.prisma.reconciliationDifference.findUniqueOrThrow({ where: { kind_serial: { kind: kind as never, serial: serialOf } } });

  it("finds one difference of each kind, reconciles matched outflows, and a second import changes nothing", async () => {
    const day = "2026-06-01";
    const a = await paidDeposit(db.prisma, 100_00n, serial("A"), at(day, "09:00"));
    const lost = await openDeposit(db.prisma, 200_00n); // its notification never came
    const c = await paidDeposit(db.prisma, 300_00n, serial("C"), at(day, "11:00"));
    const d = await paidDeposit(db.prisma, 50_00n, serial("D"), at(day, "12:00"));
    const w1 = await transferredWithdrawal(db.prisma, people, 80_00n, serial("W1"), at(day, "13:00"));
    const realW2 = serial("W2");
    const w2 = await transferredWithdrawal(db.prisma, people, 90_00n, `${realW2}-TYPO`, at(day, "14:00"));
    const lostSerial = serial("B");

    const content = statementCsv([
      { serial: a.gatewaySerial as string, time: at(day, "09:00"), direction: "IN", amountFen: 100_00n, orderNo: a.id },
      { serial: lostSerial, time: at(day, "10:00"), direction: "IN", amountFen: 200_00n, orderNo: lost.id },
      { serial: c.gatewaySerial as string, time: at(day, "11:00"), direction: "IN", amountFen: 301_00n, orderNo: c.id },
      { serial: d.gatewaySerial as string, time: at(day, "12:00"), direction: "IN", amountFen: 50_00n, orderNo: d.id },
      { serial: d.gatewaySerial as string, time: at(day, "12:00"), direction: "IN", amountFen: 50_00n, orderNo: d.id },
      {
        serial: w1.externalSerial as string,
        time: at(day, "13:00"),
        direction: "OUT",
        amountFen: 80_00n,
        reference: w1.id,
        counterparty: "=cmd|' /C calc'!A0",
      },
      { serial: realW2, time: at(day, "14:00"), direction: "OUT", amountFen: 90_00n, reference: w2.id, cardNumber: "6222021000123456781" },
    ]);
    const result = await importStatement(db.prisma, { actor: cs(), content, format: "csv", fileName: "day1.csv" });
    expect(result).toMatchObject({
      alreadyImported: false,
      lines: 7,
      matched: 3,
      differences: { MISSING_ON_PLATFORM: 2, MISSING_AT_GATEWAY: 1, AMOUNT_MISMATCH: 1, DUPLICATE_SERIAL: 1 },
    });
    expect((await db.prisma.outflow.findUniqueOrThrow({ where: { id: w1.id } })).status).toBe("RECONCILED");
    expect((await db.prisma.outflow.findUniqueOrThrow({ where: { id: w2.id } })).status).toBe("TRANSFERRED");
    expect(await differenceOf("MISSING_ON_PLATFORM", lostSerial)).toMatchObject({
      depositId: lost.id,
      statementAmountFen: 200_00n,
      status: "OPEN",
    });
    expect(await differenceOf("MISSING_ON_PLATFORM", realW2)).toMatchObject({ outflowId: w2.id, direction: "OUT" });
    expect(await differenceOf("MISSING_AT_GATEWAY", `${realW2}-TYPO`)).toMatchObject({ outflowId: w2.id, platformAmountFen: 90_00n });
    expect(await differenceOf("AMOUNT_MISMATCH", c.gatewaySerial as string)).toMatchObject({
      statementAmountFen: 301_00n,
      platformAmountFen: 300_00n,
      depositId: c.id,
    });
    expect(await differenceOf("DUPLICATE_SERIAL", d.gatewaySerial as string)).toMatchObject({
      statementAmountFen: 50_00n,
      depositId: d.id,
    });
    // The guarded cell lost its apostrophe; the card is kept and shown by its last four digits only.
    const detail = await readStatementImport(db.prisma, sup(), result.importId);
    expect(detail.lines.items.find((line) => line.serial === w1.externalSerial)?.counterparty).toBe("=cmd|' /C calc'!A0");
    expect(detail.lines.items.find((line) => line.serial === realW2)?.cardLast4).toBe("6781");
    expect(detail.differencesFound).toHaveLength(5);

    const before = await reconciliationCounts(db.prisma);
    const again = await importStatement(db.prisma, { actor: cs(), content, format: "csv", fileName: "day1-again.csv" });
    expect(again).toEqual({ ...result, alreadyImported: true });
    expect(await reconciliationCounts(db.prisma)).toEqual(before);

    // Resolutions, each through CS + supervisor.
    await resolve((await differenceOf("MISSING_ON_PLATFORM", lostSerial)).id, "APPLY_PAYMENT");
    expect(await db.prisma.deposit.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
      status: "PAID",
      gatewaySerial: lostSerial,
    });
    expect(await getBalances(db.prisma, lost.userId)).toEqual({ availableFen: 200_00n, frozenFen: 0n });
    expect(await differenceOf("MISSING_ON_PLATFORM", lostSerial)).toMatchObject({ status: "RESOLVED", resolution: "APPLY_PAYMENT" });
    await assertLedgerInvariants(db.prisma);

    await resolve((await differenceOf("MISSING_AT_GATEWAY", `${realW2}-TYPO`)).id, "CORRECT_SERIAL", { newSerial: realW2 });
    expect(await db.prisma.outflow.findUniqueOrThrow({ where: { id: w2.id } })).toMatchObject({
      externalSerial: realW2,
      status: "RECONCILED",
    });
    expect(await differenceOf("MISSING_AT_GATEWAY", `${realW2}-TYPO`)).toMatchObject({ status: "RESOLVED", resolution: "CORRECT_SERIAL" });
    expect(await differenceOf("MISSING_ON_PLATFORM", realW2)).toMatchObject({ status: "RESOLVED", resolution: "MATCHED" });

    const mismatch = await differenceOf("AMOUNT_MISMATCH", c.gatewaySerial as string);
    expect((await readDifference(db.prisma, cs(), mismatch.id)).correctionFen).toBe(-1_00n);
    await resolve(mismatch.id, "POST_CORRECTION");
    const suspense = await db.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: "platform:suspense" } });
    expect(suspense.balanceFen).toBe(1_00n);
    expect(await differenceOf("AMOUNT_MISMATCH", c.gatewaySerial as string)).toMatchObject({
      resolution: "POST_CORRECTION",
      correctionKey: `reconciliation:${mismatch.id}`,
    });
    await assertLedgerInvariants(db.prisma);

    await resolve((await differenceOf("DUPLICATE_SERIAL", d.gatewaySerial as string)).id, "EXPLAIN", {
      note: "Listed twice by the gateway",
    });
    expect(await differenceOf("DUPLICATE_SERIAL", d.gatewaySerial as string)).toMatchObject({
      resolution: "EXPLAIN",
      note: "Listed twice by the gateway",
    });

    // Nothing of that day is open any more, and importing the statement again still changes nothing.
    const open = await listDifferences(db.prisma, sup(), { status: "OPEN", page: 1 });
    expect(open.items.filter((row) => row.businessDate === day)).toEqual([]);
    const settled = await reconciliationCounts(db.prisma);
    expect((await importStatement(db.prisma, { actor: cs(), content, format: "csv" })).alreadyImported).toBe(true);
    expect(await reconciliationCounts(db.prisma)).toEqual(settled);
    await assertLedgerInvariants(db.prisma);
  });

  it("credits a payment of an order expired meanwhile (PAY_LATE), once, and refuses one of another amount", async () => {
    const day = "2026-06-02";
    const expired = await openDeposit(db.prisma, 120_00n);
    await withTransaction(db.prisma, (tx) =>
      applyTransition(tx, {
        entity: "DEPOSIT",
        id: expired.id,
        event: "EXPIRE",
        actor: null,
        context: { now: new Date(expired.expiresAt.getTime() + 1) },
      }),
    );
    const other = await openDeposit(db.prisma, 70_00n);
    const lateSerial = serial("LATE");
    const wrongSerial = serial("WRONG");
    await importStatement(db.prisma, {
      actor: cs(),
      format: "json",
      content: statementJson(
        [
          { serial: lateSerial, time: at(day, "08:00"), direction: "IN", amountFen: 120_00n, orderNo: expired.id },
          { serial: wrongSerial, time: at(day, "08:30"), direction: "IN", amountFen: 71_00n, orderNo: other.id },
        ],
        day,
        day,
      ),
    });
    const late = await differenceOf("MISSING_ON_PLATFORM", lateSerial);
    expect((await readDifference(db.prisma, cs(), late.id)).possibleResolutions).toEqual(["APPLY_PAYMENT", "POST_CORRECTION", "EXPLAIN"]);
    await resolve(late.id, "APPLY_PAYMENT");
    expect(await db.prisma.deposit.findUniqueOrThrow({ where: { id: expired.id } })).toMatchObject({
      status: "PAID",
      gatewaySerial: lateSerial,
    });
    expect(await getBalances(db.prisma, expired.userId)).toEqual({ availableFen: 120_00n, frozenFen: 0n });
    expect(await db.prisma.statusHistory.findFirst({ where: { entityId: expired.id, event: "PAY_LATE" } })).toMatchObject({
      fromStatus: "EXPIRED",
      toStatus: "PAID",
    });

    const wrong = await differenceOf("MISSING_ON_PLATFORM", wrongSerial);
    const request = await requestResolution(db.prisma, {
      maker: cs(),
      differenceId: wrong.id,
      resolution: "APPLY_PAYMENT",
      reason: "lost",
    });
    await expect(approveReviewRequest(db.prisma, { checker: sup(), requestId: request.id })).rejects.toMatchObject({
      code: "PAYMENT_NOT_APPLICABLE",
      params: { reason: "AMOUNT_MISMATCH" },
    });
    expect((await db.prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect((await differenceOf("MISSING_ON_PLATFORM", wrongSerial)).status).toBe("OPEN");
    await assertLedgerInvariants(db.prisma);
  });

  it("credits a lost repayment checkout: the loan is repaid through the same path as a late notification", async () => {
    const day = "2026-06-07";
    const { project, companyUser, instalments } = await repayingProject(db.prisma);
    const first = instalments[0] as (typeof instalments)[number];
    const amountFen = first.principalFen + first.interestFen;
    const { depositId } = await createRepaymentCheckout(
      db.prisma,
      actor(companyUser),
      { projectId: project.id, amountFen },
      {
        gateway: new FakeGateway(),
        returnUrl: (no) => `http://app.test/company/loans?orderNo=${no}`,
        clock: fixedClock(new Date(first.dueDate.getTime() + 2 * 3_600_000), "Asia/Shanghai"),
      },
    );
    const lostSerial = serial("REPAY");
    const result = await importStatement(db.prisma, {
      actor: cs(),
      format: "csv",
      content: statementCsv([{ serial: lostSerial, time: at(day), direction: "IN", amountFen, orderNo: depositId }]),
    });
    expect(result.differences.MISSING_ON_PLATFORM).toBe(1);
    await resolve((await differenceOf("MISSING_ON_PLATFORM", lostSerial)).id, "APPLY_PAYMENT");
    expect(await db.prisma.deposit.findUniqueOrThrow({ where: { id: depositId } })).toMatchObject({
      status: "PAID",
      gatewaySerial: lostSerial,
    });
    expect(await db.prisma.repayment.findMany({ where: { projectId: project.id } })).toEqual([
      expect.objectContaining({ depositId, amountFen, paidById: companyUser.id }),
    ]);
    expect((await db.prisma.repaymentInstalment.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PAID");
    await assertLedgerInvariants(db.prisma);
  });

  it("who may: only CS imports and files, a supervisor other than the maker approves, the guards refuse at filing", async () => {
    const day = "2026-06-03";
    const content = statementCsv([
      { serial: serial("NOORDER"), time: at(day), direction: "IN", amountFen: 10_00n, orderNo: "no-such-order" },
    ]);
    await expect(importStatement(db.prisma, { actor: sup(), content, format: "csv" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listDifferences(db.prisma, { id: "x", role: "INVESTOR" }, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const result = await importStatement(db.prisma, { actor: cs(), content, format: "csv" });
    expect(result.differences.MISSING_ON_PLATFORM).toBe(1);
    const [difference] = (await readStatementImport(db.prisma, cs(), result.importId)).differencesFound;
    const id = difference?.id as string;
    // No order named: nothing to credit.
    await expect(
      requestResolution(db.prisma, { maker: cs(), differenceId: id, resolution: "APPLY_PAYMENT", reason: "x" }),
    ).rejects.toMatchObject({
      code: "GUARD_FAILED",
    });
    await expect(
      requestResolution(db.prisma, { maker: cs(), differenceId: id, resolution: "EXPLAIN", payload: { note: " " }, reason: "x" }),
    ).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await expect(
      requestResolution(db.prisma, { maker: sup(), differenceId: id, resolution: "POST_CORRECTION", reason: "x" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const request = await requestResolution(db.prisma, {
      maker: cs(),
      differenceId: id,
      resolution: "POST_CORRECTION",
      reason: "unknown money",
    });
    await expect(
      requestResolution(db.prisma, { maker: cs(), differenceId: id, resolution: "POST_CORRECTION", reason: "again" }),
    ).rejects.toMatchObject({
      code: "DUPLICATE_PENDING_REQUEST",
    });
    await expect(approveReviewRequest(db.prisma, { checker: cs(), requestId: request.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The supervisor's approval page names it and shows the difference.
    const [described] = await describeRequests(db.prisma, [request]);
    expect(described?.target).toEqual({ name: `${difference?.serial} · ¥10.00 / —`, status: "OPEN" });
    expect((await loadApprovalSubjects(db.prisma, [request])).get(request.id)).toMatchObject({
      kind: "RECONCILIATION_DIFFERENCE",
      difference: { id, kind: "MISSING_ON_PLATFORM", statementAmountFen: 10_00n },
    });
    expect(
      (await listDifferences(db.prisma, sup(), { status: "OPEN", kind: "MISSING_ON_PLATFORM", page: 1 })).items.find(
        (row) => row.id === id,
      ),
    ).toMatchObject({ pendingRequest: { id: request.id, action: "POST_CORRECTION" } });
    await approveReviewRequest(db.prisma, { checker: actor(people.sup2), requestId: request.id });
    // Money in the gateway nobody owns: gateway −10, suspense +10.
    expect(await differenceOf("MISSING_ON_PLATFORM", difference?.serial as string)).toMatchObject({
      status: "RESOLVED",
      resolvedById: people.sup2.id,
    });
    await assertLedgerInvariants(db.prisma);
  });

  it("refuses a malformed file whole, naming the line, and writes nothing", async () => {
    const day = "2026-06-04";
    const good = { serial: serial("OK"), time: at(day), direction: "IN" as const, amountFen: 10_00n };
    const before = await reconciliationCounts(db.prisma);
    const badAmount = statementCsv([good, { ...good, serial: serial("BAD") }]).replace(/,10\.00,/g, (m, offset, all: string) =>
      offset > all.lastIndexOf("\r\n", all.length - 3) ? ",10.01," : m,
    );
    await expect(importStatement(db.prisma, { actor: cs(), content: badAmount, format: "csv" })).rejects.toMatchObject({
      code: "STATEMENT_INVALID",
      params: { line: 2 },
    });
    const badDirection = statementCsv([good]).replace(",IN,", ",SIDEWAYS,");
    await expect(importStatement(db.prisma, { actor: cs(), content: badDirection, format: "csv" })).rejects.toMatchObject({
      code: "STATEMENT_INVALID",
      params: { line: 1 },
    });
    await expect(importStatement(db.prisma, { actor: cs(), content: "{not json", format: "json" })).rejects.toMatchObject({
      code: "STATEMENT_INVALID",
      params: { line: 0 },
    });
    await expect(importStatement(db.prisma, { actor: cs(), content: "a,b\r\n1,2\r\n", format: "csv" })).rejects.toMatchObject({
      code: "STATEMENT_INVALID",
    });
    expect(await reconciliationCounts(db.prisma)).toEqual(before);
  });

  it("resolves a serial missing at the gateway when a later statement lists it (MATCH), and reports the day", async () => {
    const day = "2026-06-05";
    const nextDay = "2026-06-06";
    const late = await paidDeposit(db.prisma, 40_00n, serial("NEXTDAY"), at(day, "23:59"));
    const first = await importStatement(db.prisma, { actor: cs(), format: "json", content: statementJson([], day, day) });
    expect(first.differences.MISSING_AT_GATEWAY).toBe(1);
    const missing = await differenceOf("MISSING_AT_GATEWAY", late.gatewaySerial as string);
    expect((await countOpenDifferences(db.prisma)).count).toBeGreaterThan(0);

    const gateway = new FakeGateway();
    gateway.statement = statementJson(
      [
        {
          serial: late.gatewaySerial as string,
          time: at(nextDay, "00:01"),
          direction: "IN",
          amountFen: 40_00n,
          orderNo: late.id,
          balanceFen: 1_040_00n,
        },
      ],
      nextDay,
      nextDay,
    );
    const second = await importStatementFromGateway(db.prisma, gateway, { actor: cs(), from: nextDay, to: nextDay });
    expect(gateway.statementRequests).toEqual([{ from: nextDay, to: nextDay }]);
    expect(second).toMatchObject({ matched: 1, alreadyImported: false });
    expect(await db.prisma.reconciliationDifference.findUniqueOrThrow({ where: { id: missing.id } })).toMatchObject({
      status: "RESOLVED",
      resolution: "MATCHED",
    });
    expect((await importStatementFromGateway(db.prisma, gateway, { actor: cs(), from: nextDay, to: nextDay })).alreadyImported).toBe(true);
    await expect(importStatementFromGateway(db.prisma, gateway, { actor: cs(), from: nextDay, to: day })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    gateway.unavailable = true;
    await expect(importStatementFromGateway(db.prisma, gateway, { actor: cs(), from: day, to: day })).rejects.toMatchObject({
      code: "GATEWAY_UNAVAILABLE",
    });

    const report = await readDailyReport(db.prisma, sup(), nextDay);
    expect(report).toMatchObject({
      businessDate: nextDay,
      imported: true,
      statement: { inFen: 40_00n, outFen: 0n, inCount: 1, lines: 1 },
      platform: { inFen: 0n, outFen: 0n },
      counts: { matched: 1, open: 0 },
      balance: { statementClosingFen: 1_040_00n },
    });
    expect(report.balance.differenceFen).toBe(1_040_00n - report.balance.platformFen);
    const dayReport = await readDailyReport(db.prisma, sup(), day);
    expect(dayReport).toMatchObject({
      platform: { inFen: 40_00n, inCount: 1 },
      counts: { differences: { MISSING_AT_GATEWAY: 1 } },
      imported: false,
    });
    await expect(readDailyReport(db.prisma, sup(), "2026-13-01")).rejects.toMatchObject({ code: "VALIDATION" });

    const page = await listStatementImports(db.prisma, { id: people.sup.id, role: "ADMIN" }, 1);
    expect(page.items[0]).toMatchObject({
      id: second.importId,
      format: "JSON",
      periodFrom: nextDay,
      periodTo: nextDay,
      closingBalanceFen: 1_040_00n,
    });
    expect(page.items[0]?.importedBy.displayName).toBe(people.cs.displayName);
  });
});
