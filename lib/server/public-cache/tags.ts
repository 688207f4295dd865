/**
 * What visitors' pages are cached under (issue 9). A page built from a cached read carries its tags; an event
 * that changes what a page shows invalidates the tags it touches (invalidate.ts).
 *
 * - `PROJECTS`: anything about any published project (listing, home, statistics, every project page).
 * - `project(id)`: one project's page, for changes that touch that project only.
 * - `SITE_FOOTER`: the footer setting, on every page.
 */
export const PUBLIC_CACHE_TAGS = {
  PROJECTS: "public:projects",
  project: (id: string) => `public:project:${id}`,
  SITE_FOOTER: "public:site-footer",
} as const;

/**
 * The most a visitor's page can lag behind the database, in seconds, whatever happened: the bound for what no
 * event reports (a countdown, a change made through another instance, whose cache this one does not share).
 * Pages declare the same number as their `revalidate` (route segment config must be a literal).
 */
export const PUBLIC_PAGE_MAX_AGE_SECONDS = 30;
