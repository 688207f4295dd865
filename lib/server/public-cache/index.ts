export { cachedPlatformStats, cachedPublicListing, cachedPublicLoanProject, cachedSiteFooter } from "./cached-reads";
export { invalidatePublicLoanProjects, invalidateSiteFooter, refreshPublicLoanProjectsSoon } from "./invalidate";
export { PUBLIC_CACHE_TAGS, PUBLIC_PAGE_MAX_AGE_SECONDS } from "./tags";
