import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { User } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { loanEscrow } from "@/lib/server/ledger";
import { recordOutflowTransfer, requestOutflowFailure } from "@/lib/server/outflows";
import { approveReviewRequest } from "@/lib/server/review-requests";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { fundedProject } from "./funded-project";

// The payout through the generic outflow services customer service uses (record the serial, request a
// failure that a supervisor approves), which run the payout handler in their transactions.

let database: TestDatabase;
let db: Db;
let cs: User;
let sup: User;
let otherSup: User;
const actor = (user: User) => ({ id: user.id, role: user.role });

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
  cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  sup = await createUser(db, { role: "SUPERVISOR" });
  otherSup = await createUser(db, { role: "SUPERVISOR" });
});
afterAll(async () => {
  await database?.close();
});

const escrowOf = async (projectId: string) =>
  (await db.ledgerAccount.findUnique({ where: { code: loanEscrow(projectId).code } }))?.balanceFen;

describe("payout through the outflow services", () => {
  it("recording the serial disburses the loan; the serial cannot be used again", async () => {
    const { project, investmentIds } = await fundedProject(db);
    const payout = await approveDisbursement(db, actor(sup), project.id);
    await recordOutflowTransfer(db, actor(cs), payout.id, "SBX-TRF-000123");

    const after = await db.loanProject.findUniqueOrThrow({ where: { id: project.id } });
    expect(after.status).toBe("REPAYING");
    expect(await escrowOf(project.id)).toBe(0n);
    expect(await db.investment.count({ where: { id: { in: investmentIds }, status: "HOLDING" } })).toBe(3);
    expect(await db.repaymentInstalment.count({ where: { projectId: project.id } })).toBe(12);
    expect((await db.outflow.findUniqueOrThrow({ where: { id: payout.id } })).externalSerial).toBe("SBX-TRF-000123");
    await assertLedgerInvariants(db);

    const second = await fundedProject(db);
    const other = await approveDisbursement(db, actor(sup), second.project.id);
    await expect(recordOutflowTransfer(db, actor(cs), other.id, "SBX-TRF-000123")).rejects.toMatchObject({ code: "SERIAL_ALREADY_USED" });
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: second.project.id } })).status).toBe("DISBURSING");
  });

  it("a failure approved before the transfer keeps the money in escrow; after the transfer it is refused", async () => {
    const { project } = await fundedProject(db);
    const payout = await approveDisbursement(db, actor(sup), project.id);
    const request = await requestOutflowFailure(db, actor(cs), payout.id, "The company's card was closed");
    await approveReviewRequest(db, { checker: actor(otherSup), requestId: request.id });
    expect((await db.outflow.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("FAILED");
    expect((await db.loanProject.findUniqueOrThrow({ where: { id: project.id } })).status).toBe("DISBURSING");
    expect(await escrowOf(project.id)).toBe(10_000_000n);
    await assertLedgerInvariants(db);

    const transferred = await fundedProject(db);
    const done = await approveDisbursement(db, actor(sup), transferred.project.id);
    await recordOutflowTransfer(db, actor(cs), done.id, "SBX-TRF-000999");
    const bounce = await requestOutflowFailure(db, actor(cs), done.id, "Bounced");
    await expect(approveReviewRequest(db, { checker: actor(otherSup), requestId: bounce.id })).rejects.toMatchObject({
      code: "PAYOUT_TRANSFERRED",
    });
    expect((await db.outflow.findUniqueOrThrow({ where: { id: done.id } })).status).toBe("TRANSFERRED");
    await assertLedgerInvariants(db);
  });
});
