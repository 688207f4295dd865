import type { CompanyEventType } from "@/lib/domain/machines/company";

/**
 * The company status changes customer service asks for from the company's page and a supervisor approves
 * (issue 12 item 4, DESIGN §4), in the page's order. ACTIVATE has its own verification review; FLAG_OVERDUE is
 * the daily job's.
 */
export const COMPANY_STATUS_REQUESTS = [
  "CLEAR_WATCH",
  "UPGRADE",
  "BLACKLIST",
  "LIFT_BLACKLIST",
  "DEACTIVATE",
] as const satisfies readonly CompanyEventType[];
export type CompanyStatusRequest = (typeof COMPANY_STATUS_REQUESTS)[number];
