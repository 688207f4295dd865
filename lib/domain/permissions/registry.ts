import type { EntityType } from "@/lib/generated/prisma/enums";
import { companyRules } from "./company";
import type { EntityRules } from "./entity-rules";
import { loanProjectRules } from "./loan-project";
import { outflowRules } from "./outflow";
import { reconciliationDifferenceRules } from "./reconciliation-difference";
import { reviewRequestRules } from "./review-request";

/**
 * Every entity's permission rules. Deposits and investments have no rule beyond their event
 * metadata yet; issues 11–13 add theirs in their own module next to the others.
 */
export const entityRules: Readonly<Record<EntityType, EntityRules>> = {
  LOAN_PROJECT: loanProjectRules,
  COMPANY: companyRules,
  INVESTMENT: {},
  DEPOSIT: {},
  OUTFLOW: outflowRules,
  REVIEW_REQUEST: reviewRequestRules,
  RECONCILIATION_DIFFERENCE: reconciliationDifferenceRules,
};
