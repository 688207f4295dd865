import "server-only";
import { revalidateTag } from "next/cache";
import { PUBLIC_CACHE_TAGS } from "./tags";

/**
 * After a change visitors can see (publication, and later investing, filling, payout, status changes), from the
 * server action or route that made it: the next visitor's page is built afresh (`expire: 0`, no stale copy
 * served). Reaches this instance's cache; other instances catch up within PUBLIC_PAGE_MAX_AGE_SECONDS.
 */
export function invalidatePublicLoanProjects(): void {
  revalidateTag(PUBLIC_CACHE_TAGS.PROJECTS, { expire: 0 });
}

/** After the footer setting changed. */
export function invalidateSiteFooter(): void {
  revalidateTag(PUBLIC_CACHE_TAGS.SITE_FOOTER, { expire: 0 });
}
