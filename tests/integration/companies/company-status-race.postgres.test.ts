import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompanyStatusRequest } from "@/lib/domain/companies/status-requests";
import { addDays, type BusinessDate } from "@/lib/domain/dates";
import type { CompanyStatus } from "@/lib/generated/prisma/enums";
import { requestCompanyStatusChange } from "@/lib/server/companies/request-status-change";
import { accrueOverdue } from "@/lib/server/overdue/accrue-overdue";
import { approveReviewRequest } from "@/lib/server/review-requests";
import { createUser } from "../support/factories";
import { assertLedgerInvariants } from "../support/ledger-invariants";
import { repayingProject } from "../support/repaying-project";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const day = (date: Date) => date.toISOString().slice(0, 10) as BusinessDate;

// PGlite has a single connection: races there prove nothing, so this runs on PostgreSQL only.
describe("a company status approval racing the overdue marking (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 10 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it.each([
    ["CLEAR_WATCH", "WATCH", "COMPANY_HAS_OVERDUE"],
    ["UPGRADE", "NORMAL", "COMPANY_OVERDUE_IN_WINDOW"],
  ] as const)("%s approved while an instalment is being marked overdue waits for it, then is refused", async (event, status, code) => {
    const prisma = db.prisma;
    const cs = await createUser(prisma, { role: "CUSTOMER_SERVICE" });
    const sup = await createUser(prisma, { role: "SUPERVISOR" });
    const loan = await repayingProject(prisma);
    const activatedAt = new Date(Date.now() - 400 * 86_400_000);
    await prisma.company.update({ where: { id: loan.project.companyId }, data: { status: status as CompanyStatus, activatedAt } });
    // Nothing overdue yet: the request is filed.
    const request = await requestCompanyStatusChange(
      prisma,
      { id: cs.id, role: cs.role },
      {
        companyId: loan.project.companyId,
        event: event as CompanyStatusRequest,
        reason: "race",
      },
    );

    // The daily job's marking, held open: it has updated the first instalment but not committed yet.
    let marked!: () => void;
    const markedNow = new Promise<void>((resolve) => {
      marked = resolve;
    });
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => {
      commit = resolve;
    });
    const first = loan.instalments[0] as (typeof loan.instalments)[number];
    const marking = prisma.$transaction(
      async (tx) => {
        const result = await accrueOverdue(tx, addDays(day(first.dueDate), 10), { graceDays: 3, penaltyDailyBp: 5 }, [loan.project.id]);
        marked();
        await committing;
        return result;
      },
      { timeout: 20_000 },
    );
    await markedNow;

    let settled = false;
    const approval = approveReviewRequest(prisma, { checker: { id: sup.id, role: sup.role }, requestId: request.id }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // The approval waits for the marking rather than deciding on what it no longer is.
    expect(settled).toBe(false);
    commit();
    expect((await marking).instalments).toBe(1);
    await expect(approval).rejects.toMatchObject({ code });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: loan.project.companyId } })).status).toBe(status);
    expect((await prisma.reviewRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    await assertLedgerInvariants(prisma);
  });
});
