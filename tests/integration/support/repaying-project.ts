import { randomBytes } from "node:crypto";
import type { LoanProject, RepaymentInstalment, RepaymentMethod, User } from "@/lib/generated/prisma/client";
import { type Clock, fixedClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { recordOutflowTransfer } from "@/lib/server/outflows";
import { fundedProject } from "../disbursement/funded-project";
import { createUser } from "./factories";

export interface RepayingProject {
  project: LoanProject;
  companyUser: User;
  investors: User[];
  investmentIds: string[];
  /** Oldest first. */
  instalments: RepaymentInstalment[];
}

/**
 * A loan project in REPAYING, made through the real services: funded by one CONFIRMED investment per amount,
 * disbursement approved by a supervisor, the payout transferred and recorded by customer service on `disbursedAt`
 * (so the schedule, its instalments and every investor's claims are stored as in production). Defaults: three
 * investors (¥30,000, ¥50,000, ¥20,000), 12 months at 10 % a year, EQUAL_INSTALLMENT, disbursed 2026-12-01 10:00
 * in Shanghai. The payout goes to the company's bank card, not its wallet: top the wallet up with depositFor to repay.
 */
export async function repayingProject(
  db: Db,
  {
    amounts = [3_000_000n, 5_000_000n, 2_000_000n],
    termMonths = 12,
    annualRateBp = 1000,
    repaymentMethod = "EQUAL_INSTALLMENT",
    disbursedAt = fixedClock("2026-12-01T02:00:00Z", "Asia/Shanghai"),
  }: {
    amounts?: bigint[];
    termMonths?: number;
    annualRateBp?: number;
    repaymentMethod?: RepaymentMethod;
    disbursedAt?: Clock;
  } = {},
): Promise<RepayingProject> {
  const funded = await fundedProject(db, { amounts, termMonths, annualRateBp, repaymentMethod });
  const supervisor = await createUser(db, { role: "SUPERVISOR" });
  const cs = await createUser(db, { role: "CUSTOMER_SERVICE" });
  const payout = await approveDisbursement(db, { id: supervisor.id, role: supervisor.role }, funded.project.id);
  const serial = `SBT${randomBytes(6).toString("hex").toUpperCase()}`;
  await recordOutflowTransfer(db, { id: cs.id, role: cs.role }, payout.id, serial, { clock: disbursedAt });
  const project = await db.loanProject.findUniqueOrThrow({ where: { id: funded.project.id } });
  if (project.status !== "REPAYING") throw new Error(`repayingProject: the project is ${project.status}`);
  const instalments = await db.repaymentInstalment.findMany({ where: { projectId: project.id }, orderBy: { number: "asc" } });
  return { ...funded, project, instalments };
}
