/**
 * The machines' status lists are the Prisma enums, checked by the compiler (issue 10 item 7; see
 * docs/architecture.md#typed-names). A value added to one side only (a status in a machine the schema lacks,
 * or an enum value no machine knows) makes `tsc --noEmit` fail here, naming the entity. Type imports only:
 * lib/domain stays free of Prisma at run time, and nothing imports this file.
 */
import type * as Prisma from "@/lib/generated/prisma/enums";
import type { CompanyStatus } from "./company";
import type { DepositStatus } from "./deposit";
import type { InvestmentStatus } from "./investment";
import type { LoanProjectStatus } from "./loan-project";
import type { OutflowStatus } from "./outflow";
import type { ReconciliationDifferenceStatus } from "./reconciliation-difference";
import type { ReviewRequestStatus } from "./review-request";

/** `true` when A and B are the same set of values, else `false` (`[…]` keeps unions from distributing). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Each machine's statuses, by the entity it moves. */
interface MachineStatus {
  LOAN_PROJECT: LoanProjectStatus;
  COMPANY: CompanyStatus;
  INVESTMENT: InvestmentStatus;
  DEPOSIT: DepositStatus;
  OUTFLOW: OutflowStatus;
  REVIEW_REQUEST: ReviewRequestStatus;
  RECONCILIATION_DIFFERENCE: ReconciliationDifferenceStatus;
}

/** The Prisma enum of each entity's `status` column (prisma/schema.prisma). */
interface PrismaStatus {
  LOAN_PROJECT: Prisma.LoanStatus;
  COMPANY: Prisma.CompanyStatus;
  INVESTMENT: Prisma.InvestmentStatus;
  DEPOSIT: Prisma.DepositStatus;
  OUTFLOW: Prisma.OutflowStatus;
  REVIEW_REQUEST: Prisma.ReviewStatus;
  RECONCILIATION_DIFFERENCE: Prisma.ReconciliationDifferenceStatus;
}

/** Every entity of the schema has a machine here, and no other. */
const _everyEntityHasAMachine: Same<keyof MachineStatus, Prisma.EntityType> & Same<keyof PrismaStatus, Prisma.EntityType> = true;

/** Both ways, per entity: `Type 'true' is not assignable to type 'false'` names the entity whose lists differ. */
const _statusesAreThePrismaEnums: { [E in Prisma.EntityType]: Same<MachineStatus[E], PrismaStatus[E]> } = {
  LOAN_PROJECT: true,
  COMPANY: true,
  INVESTMENT: true,
  DEPOSIT: true,
  OUTFLOW: true,
  REVIEW_REQUEST: true,
  RECONCILIATION_DIFFERENCE: true,
};
