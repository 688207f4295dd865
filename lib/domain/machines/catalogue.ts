import type { AnyStateMachine } from "xstate";
import { companyEventMeta, companyMachine } from "./company";
import { depositEventMeta, depositMachine } from "./deposit";
import type { EventMeta } from "./event-meta";
import { investmentEventMeta, investmentMachine } from "./investment";
import { loanProjectEventMeta, loanProjectMachine } from "./loan-project";
import { outflowEventMeta, outflowMachine } from "./outflow";
import { reviewRequestEventMeta, reviewRequestMachine } from "./review-request";

export interface CatalogueEntry {
  /** File name in docs/machines, without ".md". */
  name: string;
  title: string;
  source: string;
  machine: AnyStateMachine;
  eventMeta: Readonly<Record<string, EventMeta>>;
}

/** Every lifecycle machine, in the order the docs list them. */
export const machineCatalogue: readonly CatalogueEntry[] = [
  {
    name: "loan-project",
    title: "Loan project (借款项目)",
    source: "lib/domain/machines/loan-project.ts",
    machine: loanProjectMachine,
    eventMeta: loanProjectEventMeta,
  },
  {
    name: "company",
    title: "Company (企业)",
    source: "lib/domain/machines/company.ts",
    machine: companyMachine,
    eventMeta: companyEventMeta,
  },
  {
    name: "investment",
    title: "Investment (投资)",
    source: "lib/domain/machines/investment.ts",
    machine: investmentMachine,
    eventMeta: investmentEventMeta,
  },
  {
    name: "deposit",
    title: "Deposit (充值)",
    source: "lib/domain/machines/deposit.ts",
    machine: depositMachine,
    eventMeta: depositEventMeta,
  },
  {
    name: "outflow",
    title: "Outflow: withdrawal (提现) and payout (放款)",
    source: "lib/domain/machines/outflow.ts",
    machine: outflowMachine,
    eventMeta: outflowEventMeta,
  },
  {
    name: "review-request",
    title: "Review request (审批单)",
    source: "lib/domain/machines/review-request.ts",
    machine: reviewRequestMachine,
    eventMeta: reviewRequestEventMeta,
  },
];
