export { cachedPlatformStats, cachedPublicListing, cachedPublicProject, cachedSiteFooter } from "./cached-reads";
export { invalidatePublicProjects, invalidateSiteFooter } from "./invalidate";
export { PUBLIC_CACHE_TAGS, PUBLIC_PAGE_MAX_AGE_SECONDS } from "./tags";
