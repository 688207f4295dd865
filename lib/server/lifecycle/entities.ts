import { companyEntity } from "@/lib/server/companies/company-entity";
import { depositEntity } from "@/lib/server/deposits/deposit-entity";
import { investmentEntity } from "@/lib/server/investments/investment-entity";
import { loanProjectEntity } from "@/lib/server/loan-projects/loan-project-entity";
import { outflowEntity } from "@/lib/server/outflows/outflow-entity";
import { reconciliationDifferenceEntity } from "@/lib/server/reconciliation/difference-entity";
import { reviewRequestEntity } from "@/lib/server/review-requests/review-request-entity";
import type { EntityRegistry } from "@/lib/server/transitions/define-entity";

/** Every entity's transition config, each declared in its feature's folder. */
export const ENTITIES: EntityRegistry = {
  LOAN_PROJECT: loanProjectEntity,
  COMPANY: companyEntity,
  INVESTMENT: investmentEntity,
  DEPOSIT: depositEntity,
  OUTFLOW: outflowEntity,
  REVIEW_REQUEST: reviewRequestEntity,
  RECONCILIATION_DIFFERENCE: reconciliationDifferenceEntity,
};
