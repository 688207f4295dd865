import type { AnyStateMachine } from "xstate";
import { companyEventMeta, companyMachine } from "@/lib/domain/machines/company";
import { depositEventMeta, depositMachine } from "@/lib/domain/machines/deposit";
import type { EventMeta } from "@/lib/domain/machines/event-meta";
import { investmentEventMeta, investmentMachine } from "@/lib/domain/machines/investment";
import { LoanProjectOutstandingStatuses, loanProjectEventMeta, loanProjectMachine } from "@/lib/domain/machines/loan-project";
import { outflowEventMeta, outflowMachine } from "@/lib/domain/machines/outflow";
import { reviewRequestEventMeta, reviewRequestMachine } from "@/lib/domain/machines/review-request";
import type {
  Company,
  CompanyStatus,
  Deposit,
  DepositStatus,
  EntityType,
  Investment,
  InvestmentStatus,
  LoanProject,
  LoanStatus,
  Outflow,
  OutflowStatus,
  Prisma,
  ReviewRequest,
  ReviewStatus,
} from "@/lib/generated/prisma/client";
import { hasVerifiableDocuments } from "@/lib/server/companies/submit-verification";
import type { Tx } from "@/lib/server/db/types";
import type { Actor, ContextOf, EntityTypes } from "./types";

/**
 * What the generic transition service needs to know about one entity type: its table, machine and event
 * metadata, how to read and conditionally update its row, and the guard facts it derives from the
 * database. Facts derived here always win over facts a caller supplies (a caller cannot forge them);
 * facts the database cannot give (e.g. "required fields valid", repayment state) come from the caller.
 */
export interface EntityConfig<E extends EntityType, Row extends { id: string; status: string }> {
  /** The table, for `SELECT … FOR UPDATE`. A constant, never user input. */
  table: string;
  machine: AnyStateMachine;
  eventMeta: Readonly<Record<string, EventMeta>>;
  load(tx: Tx, id: string): Promise<Row | null>;
  /** Conditional on the old status; returns the number of rows changed (0 = someone changed it first). */
  update(tx: Tx, id: string, from: string, to: string, data: EntityTypes[E]["data"]): Promise<number>;
  facts(tx: Tx, row: Row, eventType: string, actor: Actor | null): Promise<Partial<ContextOf<E>>>;
  /** Set for the entities moved in bulk (applyTransitionMany): refunds and settlements of investments. */
  bulk?: BulkConfig<E>;
}

export interface BulkConfig<E extends EntityType> {
  /** The status column's PostgreSQL enum type, for the one conditional UPDATE. A constant, never user input. */
  statusType: string;
  /**
   * The guard facts of a group of rows, read from the database at once: the facts every row shares, or, when
   * the rows disagree, facts under which the machine refuses (one row's own decision must not pass for all).
   */
  groupFacts(tx: Tx, ids: readonly string[], eventType: string, actor: Actor | null): Promise<Partial<ContextOf<E>>>;
}

const loanProject: EntityConfig<"LOAN_PROJECT", LoanProject> = {
  table: "LoanProject",
  machine: loanProjectMachine,
  eventMeta: loanProjectEventMeta,
  load: (tx, id) => tx.loanProject.findUnique({ where: { id } }),
  update: async (tx, id, from, to, data) =>
    (
      await tx.loanProject.updateMany({
        where: { id, status: from as LoanStatus },
        data: { ...data, status: to as LoanStatus },
      })
    ).count,
  facts: async (tx, project, eventType, actor) => ({
    actorId: actor?.id,
    passedById: project.passedById,
    fundedFen: project.fundedFen,
    amountFen: project.amountFen,
    fundraisingDeadline: project.fundraisingDeadline,
    // SUBMIT: only NORMAL and GOOD companies may borrow.
    ...(eventType === "SUBMIT"
      ? {
          companyStatus: (await tx.company.findUniqueOrThrow({ where: { id: project.companyId }, select: { status: true } })).status,
        }
      : {}),
    // APPROVE_DISBURSEMENT: no investment is still waiting for its review.
    ...(eventType === "APPROVE_DISBURSEMENT"
      ? {
          allInvestmentsConfirmed: (await tx.investment.count({ where: { projectId: project.id, status: "PENDING" } })) === 0,
        }
      : {}),
  }),
};

const company: EntityConfig<"COMPANY", Company> = {
  table: "Company",
  machine: companyMachine,
  eventMeta: companyEventMeta,
  load: (tx, id) => tx.company.findUnique({ where: { id } }),
  update: async (tx, id, from, to, data) =>
    (
      await tx.company.updateMany({
        where: { id, status: from as CompanyStatus },
        data: { ...data, status: to as CompanyStatus },
      })
    ).count,
  facts: async (tx, row, eventType) => ({
    // ACTIVATE: the company submitted its profile with every required document (staff vouch for the rest).
    ...(eventType === "ACTIVATE" ? { documentsVerified: await hasVerifiableDocuments(tx, row) } : {}),
    ...(eventType === "DEACTIVATE"
      ? {
          hasOutstandingLoan:
            (await tx.loanProject.count({
              where: { companyId: row.id, status: { in: [...LoanProjectOutstandingStatuses] } },
            })) > 0,
        }
      : {}),
    ...(eventType === "BLACKLIST"
      ? { hasBadDebtProject: (await tx.loanProject.count({ where: { companyId: row.id, status: "BAD_DEBT" } })) > 0 }
      : {}),
  }),
};

const investment: EntityConfig<"INVESTMENT", Investment> = {
  table: "Investment",
  machine: investmentMachine,
  eventMeta: investmentEventMeta,
  load: (tx, id) => tx.investment.findUnique({ where: { id } }),
  update: async (tx, id, from, to, data) =>
    (
      await tx.investment.updateMany({
        where: { id, status: from as InvestmentStatus },
        data: { ...data, status: to as InvestmentStatus },
      })
    ).count,
  facts: async (tx, row, eventType) =>
    eventType === "REFUND"
      ? {
          projectStatus: (await tx.loanProject.findUniqueOrThrow({ where: { id: row.projectId }, select: { status: true } })).status,
        }
      : {},
  bulk: {
    statusType: "InvestmentStatus",
    groupFacts: async (tx, ids, eventType) => {
      if (eventType !== "REFUND") return {};
      const statuses = await tx.$queryRaw<{ status: LoanStatus }[]>`
        SELECT DISTINCT p."status" FROM "Investment" i JOIN "LoanProject" p ON p."id" = i."projectId"
        WHERE i."id" = ANY(${ids as string[]}::text[])`;
      // Refunds are for failed projects: one project that has not failed refuses the whole group.
      return { projectStatus: statuses.find((row) => row.status !== "FAILED")?.status ?? statuses[0]?.status };
    },
  },
};

const deposit: EntityConfig<"DEPOSIT", Deposit> = {
  table: "Deposit",
  machine: depositMachine,
  eventMeta: depositEventMeta,
  load: (tx, id) => tx.deposit.findUnique({ where: { id } }),
  update: async (tx, id, from, to, data) =>
    (
      await tx.deposit.updateMany({
        where: { id, status: from as DepositStatus },
        data: { ...data, status: to as DepositStatus },
      })
    ).count,
  facts: async (_tx, row) => ({ amountFen: row.amountFen }),
};

const outflow: EntityConfig<"OUTFLOW", Outflow> = {
  table: "Outflow",
  machine: outflowMachine,
  eventMeta: outflowEventMeta,
  load: (tx, id) => tx.outflow.findUnique({ where: { id } }),
  update: async (tx, id, from, to, data) =>
    (
      await tx.outflow.updateMany({
        where: { id, status: from as OutflowStatus },
        data: { ...data, status: to as OutflowStatus },
      })
    ).count,
  facts: async () => ({}),
};

const reviewRequest: EntityConfig<"REVIEW_REQUEST", ReviewRequest> = {
  table: "ReviewRequest",
  machine: reviewRequestMachine,
  eventMeta: reviewRequestEventMeta,
  load: (tx, id) => tx.reviewRequest.findUnique({ where: { id } }),
  update: async (tx, id, from, to, data) =>
    (
      await tx.reviewRequest.updateMany({
        where: { id, status: from as ReviewStatus },
        data: { ...(data as Prisma.ReviewRequestUncheckedUpdateManyInput), status: to as ReviewStatus },
      })
    ).count,
  facts: async (_tx, row, _eventType, actor) => ({ makerId: row.makerId, actorId: actor?.id }),
};

type AnyEntityConfig = EntityConfig<EntityType, { id: string; status: string }>;

export const ENTITIES: Record<EntityType, AnyEntityConfig> = {
  LOAN_PROJECT: loanProject as unknown as AnyEntityConfig,
  COMPANY: company as unknown as AnyEntityConfig,
  INVESTMENT: investment as unknown as AnyEntityConfig,
  DEPOSIT: deposit as unknown as AnyEntityConfig,
  OUTFLOW: outflow as unknown as AnyEntityConfig,
  REVIEW_REQUEST: reviewRequest as unknown as AnyEntityConfig,
};

export function entityConfig(entity: EntityType): AnyEntityConfig {
  const config = ENTITIES[entity];
  if (!config) throw new RangeError(`Unknown entity type ${entity}`);
  return config;
}
