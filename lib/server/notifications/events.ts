import type { Tx } from "@/lib/server/db/types";
import type { NotificationInput, NotificationKind } from "./kinds";
import { notifyAmounts, notifyMany } from "./notify";

/*
 * The one-line calls the features make after a change, in the change's transaction (docs/notifications.md):
 * each reads what its notice says (amount, project title, recipient) with one query and writes the notices
 * with notifyMany, so a call for thousands of rows is still two or three statements.
 */

type InvestmentKind = Extract<
  NotificationKind,
  "INVESTMENT_PLACED" | "INVESTMENT_CONFIRMED" | "INVESTMENT_REJECTED" | "INVESTMENT_CANCELLED" | "INVESTMENT_REFUNDED" | "PROJECT_PAID_OUT"
>;

/**
 * Tells each investment's investor (`kind`), with its amount, its project's title and, for a rejection, the
 * decision's reason; links to the investment. Any number of investments (a refund or a payout: every one of a project).
 */
export async function notifyInvestments(tx: Tx, investmentIds: readonly string[], kind: InvestmentKind, now: Date): Promise<void> {
  if (investmentIds.length === 0) return;
  const rows = await tx.$queryRaw<{ id: string; investorId: string; amountFen: bigint; title: string; reason: string | null }[]>`
    SELECT i."id", i."investorId", i."amountFen", p."title", i."decisionReason" AS "reason"
      FROM "Investment" i JOIN "LoanProject" p ON p."id" = i."projectId"
     WHERE i."id" = ANY(${[...investmentIds]}::text[])
     ORDER BY i."id"`;
  await notifyMany(
    tx,
    rows.map((row) => ({
      userId: row.investorId,
      kind,
      params: { amountFen: row.amountFen.toString(), project: row.title, ...(row.reason ? { reason: row.reason } : {}) },
      subject: { type: "INVESTMENT", id: row.id },
    })),
    now,
  );
}

/** notifyInvestments for one investment. */
export const notifyInvestment = (tx: Tx, investmentId: string, kind: InvestmentKind, now: Date) =>
  notifyInvestments(tx, [investmentId], kind, now);

type ProjectKind = Extract<
  NotificationKind,
  | "LOAN_REQUEST_PASSED_PRELIMINARY"
  | "LOAN_REQUEST_RETURNED"
  | "LOAN_REQUEST_REJECTED"
  | "LOAN_REQUEST_PUBLISHED"
  | "PROJECT_FULLY_FUNDED"
  | "INSTALMENT_OVERDUE"
>;

/**
 * Tells the borrowing company of each project (`kind`): the project's title and amount, `reason` when given
 * (a review's comment); links to the company's loan page.
 */
export async function notifyProjectCompanies(
  tx: Tx,
  projectIds: readonly string[],
  kind: ProjectKind,
  now: Date,
  reason?: string | null,
): Promise<void> {
  if (projectIds.length === 0) return;
  const rows = await tx.$queryRaw<{ id: string; userId: string; title: string; amountFen: bigint }[]>`
    SELECT p."id", c."userId", p."title", p."amountFen" FROM "LoanProject" p JOIN "Company" c ON c."id" = p."companyId"
     WHERE p."id" = ANY(${[...projectIds]}::text[]) ORDER BY p."id"`;
  await notifyMany(
    tx,
    rows.map((row) => ({
      userId: row.userId,
      kind,
      params: { project: row.title, amountFen: row.amountFen.toString(), ...(reason ? { reason } : {}) },
      subject: { type: "LOAN_PROJECT", id: row.id },
    })),
    now,
  );
}

/** notifyProjectCompanies for one project. */
export const notifyProjectCompany = (tx: Tx, projectId: string, kind: ProjectKind, now: Date, reason?: string | null) =>
  notifyProjectCompanies(tx, [projectId], kind, now, reason);

/**
 * A repayment: REPAYMENT_RECORDED to the company that paid (the whole amount) and REPAYMENT_RECEIVED to each
 * investor credited (their net share, fen: principal + interest + penalty − fee), linked to the project.
 */
export async function notifyRepayment(
  tx: Tx,
  repayment: { projectId: string; payerUserId: string; amountFen: bigint; netByInvestor: ReadonlyMap<string, bigint> },
  now: Date,
): Promise<void> {
  const project = await tx.loanProject.findUniqueOrThrow({ where: { id: repayment.projectId }, select: { title: true } });
  const subject = { type: "LOAN_PROJECT", id: repayment.projectId } as const;
  const rows: NotificationInput[] = [
    {
      userId: repayment.payerUserId,
      kind: "REPAYMENT_RECORDED",
      params: { project: project.title, amountFen: repayment.amountFen.toString() },
      subject,
    },
  ];
  await notifyMany(tx, rows, now);
  const received = new Map([...repayment.netByInvestor].filter(([, net]) => net > 0n));
  await notifyAmounts(tx, { kind: "REPAYMENT_RECEIVED", params: { project: project.title }, subject }, received, now);
}

type DepositKind = Extract<NotificationKind, "DEPOSIT_CREDITED" | "DEPOSIT_FAILED" | "DEPOSIT_EXPIRED">;

/** Deposits' ends (credited, failed, expired) to their owners, with the amount; links to their transactions. */
export async function notifyDeposits(tx: Tx, depositIds: readonly string[], kind: DepositKind, now: Date): Promise<void> {
  if (depositIds.length === 0) return;
  const deposits = await tx.deposit.findMany({
    where: { id: { in: [...depositIds] } },
    select: { id: true, userId: true, amountFen: true },
    orderBy: { id: "asc" },
  });
  await notifyMany(
    tx,
    deposits.map((deposit) => ({
      userId: deposit.userId,
      kind,
      params: { amountFen: deposit.amountFen.toString() },
      subject: { type: "DEPOSIT", id: deposit.id },
    })),
    now,
  );
}

/** notifyDeposits for one deposit. */
export const notifyDeposit = (tx: Tx, depositId: string, kind: DepositKind, now: Date) => notifyDeposits(tx, [depositId], kind, now);

/**
 * An outflow moved (`step`): a withdrawal tells its owner (WITHDRAWAL_*), a loan payout tells the company
 * (PAYOUT_APPROVED, PAYOUT_TRANSFERRED; a payout's rejection or failure is the staff's to redo, not news for
 * the company). Amount = what is transferred to the card (fee excluded); a reason when the outflow has one.
 */
export async function notifyOutflow(
  tx: Tx,
  outflowId: string,
  step: "APPROVED" | "REJECTED" | "TRANSFERRED" | "FAILED",
  now: Date,
): Promise<void> {
  const outflow = await tx.outflow.findUniqueOrThrow({
    where: { id: outflowId },
    select: { kind: true, userId: true, amountFen: true, reason: true, projectId: true },
  });
  const params: Record<string, string> = { amountFen: outflow.amountFen.toString(), ...(outflow.reason ? { reason: outflow.reason } : {}) };
  if (outflow.kind === "PAYOUT") {
    if ((step !== "APPROVED" && step !== "TRANSFERRED") || !outflow.projectId) return;
    const project = await tx.loanProject.findUniqueOrThrow({ where: { id: outflow.projectId }, select: { title: true } });
    await notifyMany(
      tx,
      [
        {
          userId: outflow.userId,
          kind: step === "APPROVED" ? "PAYOUT_APPROVED" : "PAYOUT_TRANSFERRED",
          params: { ...params, project: project.title },
          subject: { type: "LOAN_PROJECT", id: outflow.projectId },
        },
      ],
      now,
    );
    return;
  }
  await notifyMany(tx, [{ userId: outflow.userId, kind: `WITHDRAWAL_${step}`, params, subject: { type: "OUTFLOW", id: outflowId } }], now);
}

/** COMPANY_STATUS_CHANGED to each company's user, with the status the company has now. */
export async function notifyCompanyStatus(tx: Tx, companyIds: readonly string[], now: Date): Promise<void> {
  if (companyIds.length === 0) return;
  const companies = await tx.company.findMany({ where: { id: { in: [...companyIds] } }, select: { id: true, userId: true, status: true } });
  await notifyMany(
    tx,
    companies.map((company) => ({
      userId: company.userId,
      kind: "COMPANY_STATUS_CHANGED",
      params: { status: company.status },
      subject: { type: "COMPANY", id: company.id },
    })),
    now,
  );
}

/**
 * A review request was decided: its maker learns (REVIEW_REQUEST_APPROVED / _REJECTED, with the checker's
 * reason); an approved request that changed a company's status tells the company too.
 */
export async function notifyReviewDecision(tx: Tx, requestId: string, now: Date): Promise<void> {
  const request = await tx.reviewRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { id: true, status: true, makerId: true, action: true, decisionReason: true, targetType: true, targetId: true },
  });
  if (request.status !== "APPROVED" && request.status !== "REJECTED") return;
  await notifyMany(
    tx,
    [
      {
        userId: request.makerId,
        kind: request.status === "APPROVED" ? "REVIEW_REQUEST_APPROVED" : "REVIEW_REQUEST_REJECTED",
        params: { action: request.action, ...(request.decisionReason ? { reason: request.decisionReason } : {}) },
        subject: { type: "REVIEW_REQUEST", id: request.id },
      },
    ],
    now,
  );
  if (request.status === "APPROVED" && request.targetType === "COMPANY") await notifyCompanyStatus(tx, [request.targetId], now);
}
