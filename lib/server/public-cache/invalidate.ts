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

/**
 * After a change visitors should see soon but that happens many times a second on a busy project (an investment
 * changing the remaining amount): marks the cached projects stale (stale-while-revalidate, profile "max"), so the
 * next visitor is served the old page once while it is rebuilt, and the server action that called it does not
 * render its page again into its own answer (an `expire: 0` revalidation does: a project page per investment).
 * Status changes (a project filled) use invalidatePublicLoanProjects. bench/invest measures the difference.
 */
export function refreshPublicLoanProjectsSoon(): void {
  revalidateTag(PUBLIC_CACHE_TAGS.PROJECTS, "max");
}

/** After the footer setting changed. */
export function invalidateSiteFooter(): void {
  revalidateTag(PUBLIC_CACHE_TAGS.SITE_FOOTER, { expire: 0 });
}
