import type { AnyStateMachine } from "xstate";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { companyEventMeta, companyMachine } from "./company";
import { depositEventMeta, depositMachine } from "./deposit";
import type { EventMeta } from "./event-meta";
import { investmentEventMeta, investmentMachine } from "./investment";
import { loanProjectEventMeta, loanProjectMachine } from "./loan-project";
import { outflowEventMeta, outflowMachine } from "./outflow";
import { reconciliationDifferenceEventMeta, reconciliationDifferenceMachine } from "./reconciliation-difference";
import { reviewRequestEventMeta, reviewRequestMachine } from "./review-request";

export interface CatalogueEntry {
  /** File name in docs/machines, without ".md". */
  name: string;
  title: string;
  source: string;
  machine: AnyStateMachine;
  eventMeta: Readonly<Record<string, EventMeta>>;
}

/**
 * Every lifecycle machine with its event metadata, per entity type: the one place they are paired (the
 * permission rules, the transition service and the docs read them from here). In the order the docs list them.
 */
export const machines: Readonly<Record<EntityType, CatalogueEntry>> = {
  LOAN_PROJECT: {
    name: "loan-project",
    title: "Loan project (借款项目)",
    source: "lib/domain/machines/loan-project.ts",
    machine: loanProjectMachine,
    eventMeta: loanProjectEventMeta,
  },
  COMPANY: {
    name: "company",
    title: "Company (企业)",
    source: "lib/domain/machines/company.ts",
    machine: companyMachine,
    eventMeta: companyEventMeta,
  },
  INVESTMENT: {
    name: "investment",
    title: "Investment (投资)",
    source: "lib/domain/machines/investment.ts",
    machine: investmentMachine,
    eventMeta: investmentEventMeta,
  },
  DEPOSIT: {
    name: "deposit",
    title: "Deposit (充值)",
    source: "lib/domain/machines/deposit.ts",
    machine: depositMachine,
    eventMeta: depositEventMeta,
  },
  OUTFLOW: {
    name: "outflow",
    title: "Outflow: withdrawal (提现) and payout (放款)",
    source: "lib/domain/machines/outflow.ts",
    machine: outflowMachine,
    eventMeta: outflowEventMeta,
  },
  REVIEW_REQUEST: {
    name: "review-request",
    title: "Review request (审批单)",
    source: "lib/domain/machines/review-request.ts",
    machine: reviewRequestMachine,
    eventMeta: reviewRequestEventMeta,
  },
  RECONCILIATION_DIFFERENCE: {
    name: "reconciliation-difference",
    title: "Reconciliation difference (对账差异)",
    source: "lib/domain/machines/reconciliation-difference.ts",
    machine: reconciliationDifferenceMachine,
    eventMeta: reconciliationDifferenceEventMeta,
  },
};

export const machineCatalogue: readonly CatalogueEntry[] = Object.values(machines);
