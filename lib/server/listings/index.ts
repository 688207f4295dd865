export {
  DEFAULT_INVESTMENT_RECORDS,
  getPublicLoanProject,
  PUBLIC_INVESTMENT_STATUSES,
  type PublicCompanyProfile,
  type PublicInvestmentRecord,
  type PublicLoanProjectDetail,
} from "./get-public-project";
export {
  listingSql,
  listPublicLoanProjects,
  type PublicLoanProjectPage,
  type PublicLoanProjectSummary,
  progressBp,
} from "./list-public-projects";
export { PUBLIC_INVESTMENT_RECORDS_PAGE_SIZE } from "./public-investment-record";
export { listPublicInvestmentRecords } from "./public-investment-records";
export {
  bpToPercentInput,
  DEFAULT_PAGE_SIZE,
  type IgnoredListingParam,
  type IgnoredReason,
  isPublicLoanStatus,
  LISTING_SORTS,
  type ListingQuery,
  type ListingSearchParams,
  type ListingSort,
  type ListingUrlState,
  listingUrlParams,
  MAX_FILTER_RATE_BP,
  MAX_PAGE_SIZE,
  MAX_SHOWN_PARAM_LENGTH,
  normalizeListingQuery,
  PUBLIC_LOAN_STATUSES,
  type PublicLoanStatus,
  parseListingSearchParams,
  TERM_BUCKETS,
  type TermBucket,
} from "./query";
