import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "@/lib/server/db";
import {
  getPublicLoanProject,
  type ListingQuery,
  listPublicLoanProjects,
  type PublicLoanProjectDetail,
  type PublicLoanProjectPage,
} from "@/lib/server/listings";
import { getSiteFooterSettings, type SiteFooterSettings } from "@/lib/server/settings/site-footer";
import { getPlatformStats, type PlatformStats } from "@/lib/server/stats";
import { decodeCacheValue, encodeCacheValue } from "./codec";
import { PUBLIC_CACHE_TAGS, PUBLIC_PAGE_MAX_AGE_SECONDS } from "./tags";

/**
 * The reads behind visitors' pages, through Next.js's data cache (issue 9): keyed by their arguments, tagged
 * (tags.ts) and bounded in age. Only public data goes through here: nothing read for a signed-in user.
 */
const life = { revalidate: PUBLIC_PAGE_MAX_AGE_SECONDS };

const statsCache = unstable_cache(async () => encodeCacheValue(await getPlatformStats(await getDb())), ["public-platform-stats"], {
  ...life,
  tags: [PUBLIC_CACHE_TAGS.PROJECTS],
});

/** Home page statistics (getPlatformStats), cached. */
export async function cachedPlatformStats(): Promise<PlatformStats> {
  return decodeCacheValue(await statsCache());
}

const listingCache = unstable_cache(
  async (query: ListingQuery) => encodeCacheValue(await listPublicLoanProjects(await getDb(), query)),
  ["public-listing"],
  { ...life, tags: [PUBLIC_CACHE_TAGS.PROJECTS] },
);

/** One page of the public listing (listPublicLoanProjects), cached per query. */
export async function cachedPublicListing(query: ListingQuery): Promise<PublicLoanProjectPage> {
  return decodeCacheValue(await listingCache(query));
}

/** One published project's page data (getPublicLoanProject), cached per id; null when it is not public. */
export async function cachedPublicLoanProject(id: string): Promise<PublicLoanProjectDetail | null> {
  const read = unstable_cache(async () => encodeCacheValue(await getPublicLoanProject(await getDb(), id)), ["public-project", id], {
    ...life,
    tags: [PUBLIC_CACHE_TAGS.PROJECTS, PUBLIC_CACHE_TAGS.project(id)],
  });
  return decodeCacheValue(await read());
}

const footerCache = unstable_cache(async () => encodeCacheValue(await getSiteFooterSettings(await getDb())), ["public-site-footer"], {
  ...life,
  tags: [PUBLIC_CACHE_TAGS.SITE_FOOTER],
});

/** The footer's settings (getSiteFooterSettings), cached: the footer is on every page. */
export async function cachedSiteFooter(): Promise<SiteFooterSettings> {
  return decodeCacheValue(await footerCache());
}
