import { clockModeFrom } from "@/lib/server/clock/test-clock";
import { invalidatePublicLoanProjects, invalidateSiteFooter } from "@/lib/server/public-cache";

/**
 * TEST DEPLOYMENTS ONLY (the same guard as the test clock: TEST_CLOCK=1 with DEPLOYMENT_ENV test or demo;
 * 404 everywhere else). End-to-end tests write published projects straight into the database, which no event
 * reports; they call this so that the next visitor's page shows them instead of a copy up to
 * PUBLIC_PAGE_MAX_AGE_SECONDS old. Changes made through the site's own actions never need it.
 */
export async function POST() {
  if (clockModeFrom(process.env).kind !== "test") return new Response(null, { status: 404 });
  invalidatePublicLoanProjects();
  invalidateSiteFooter();
  return new Response(null, { status: 204 });
}
