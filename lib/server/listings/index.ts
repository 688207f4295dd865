export {
  DEFAULT_INVESTMENT_RECORDS,
  getPublicProject,
  PUBLIC_INVESTMENT_STATUSES,
  type PublicCompanyProfile,
  type PublicInvestmentRecord,
  type PublicProjectDetail,
} from "./get-public-project";
export { listingSql, listPublicProjects, type PublicProjectPage, type PublicProjectSummary, progressBp } from "./list-public-projects";
export {
  bpToPercentInput,
  DEFAULT_PAGE_SIZE,
  isPublicLoanStatus,
  LISTING_SORTS,
  type ListingQuery,
  type ListingSearchParams,
  type ListingSort,
  type ListingUrlState,
  listingUrlParams,
  MAX_FILTER_RATE_BP,
  MAX_PAGE_SIZE,
  normalizeListingQuery,
  PUBLIC_LOAN_STATUSES,
  type PublicLoanStatus,
  parseListingSearchParams,
  TERM_BUCKETS,
  type TermBucket,
} from "./query";
