/**
 * The one pagination of every offset-paged list (staff queues, own requests, approvals, companies, audit log,
 * staff, a company's loans): `?page` is parsed by parsePage (components/ui/pagination.tsx), the service turns
 * page and size into a window with pageWindow and returns a Page through listPage, and the Pagination component
 * draws the links from that Page. The public listing (lib/server/listings) pages in one SQL statement that
 * counts only when it must; it shares pageWindow and the Page shape, not listPage.
 */

/** The largest page a service hands out, whatever it is asked (a page is read into memory). */
export const MAX_PAGE_SIZE = 1000;

/** One page of a list: its rows, how many rows the whole list has, and where the page stands. */
export interface Page<T> {
  items: T[];
  /** Rows on every page. */
  total: number;
  /** 1-based; what the rows were read for (a page past the end has no rows, but keeps its number). */
  page: number;
  pageSize: number;
}

/** Prisma's skip/take (SQL OFFSET/LIMIT) of a page: page < 1 reads page 1; the size is kept within 1…MAX_PAGE_SIZE. */
export interface PageWindow {
  page: number;
  pageSize: number;
  skip: number;
  take: number;
}

const wholeAtLeastOne = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);

export function pageWindow(page: number, pageSize: number): PageWindow {
  const size = Math.min(wholeAtLeastOne(pageSize), MAX_PAGE_SIZE);
  const at = wholeAtLeastOne(page);
  return { page: at, pageSize: size, skip: (at - 1) * size, take: size };
}

/** How many pages `total` rows fill (at least one, so an empty list is "page 1 of 1"). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / wholeAtLeastOne(pageSize)));
}

/**
 * Reads one page and the total at once: `rows` gets the window (spread `{ skip, take }` into findMany, or use
 * them as OFFSET and LIMIT), `count` counts the same rows without the window.
 */
export async function listPage<T>(
  page: number,
  pageSize: number,
  rows: (window: { skip: number; take: number }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Page<T>> {
  const window = pageWindow(page, pageSize);
  const [items, total] = await Promise.all([rows({ skip: window.skip, take: window.take }), count()]);
  return { items, total, page: window.page, pageSize: window.pageSize };
}
