/** What the benchmark requests; the paths that depend on the data are filled in by the run. */
export type TargetId = "static" | "health" | "home" | "loans" | "deep" | "project" | "investorLoans";

export interface Target {
  id: TargetId;
  /** Shown in the tables. */
  label: string;
  path: string;
  /** A page (rendered HTML), as opposed to the static asset and the health route. */
  page: boolean;
  /** Sent as the Cookie header; anonymous targets send none. */
  cookie?: string;
}

/** Concurrent connections of the main table, and of the latency-under-load table (the figures). */
export const CLIENTS = 8;
export const LOADED_CLIENTS = 32;

/** Sent with every request, as a browser would: the server may compress (and spend CPU doing so). */
export const REQUEST_HEADERS = { "accept-encoding": "gzip, br" } as const;

export interface TargetInputs {
  staticAssetPath: string;
  deepPage: number;
  projectId: string;
  investorCookie: string;
}

/** The targets in the order they are measured and printed: the static asset first, every ratio is to it. */
export function benchTargets(inputs: TargetInputs): Target[] {
  return [
    { id: "static", label: "static asset", path: inputs.staticAssetPath, page: false },
    { id: "health", label: "/api/health", path: "/api/health", page: false },
    { id: "home", label: "/", path: "/", page: true },
    { id: "loans", label: "/loans", path: "/loans", page: true },
    {
      id: "deep",
      label: `/loans?sort=rate_desc&page=${inputs.deepPage}`,
      path: `/loans?sort=rate_desc&page=${inputs.deepPage}`,
      page: true,
    },
    { id: "project", label: "/loans/<id>", path: `/loans/${inputs.projectId}`, page: true },
    { id: "investorLoans", label: "/loans (investor)", path: "/loans", page: true, cookie: inputs.investorCookie },
  ];
}

/** A page near the end of the listing (the last but one), so a sort that reads every row shows it. */
export function deepPageNumber(publishedProjects: number, pageSize: number): number {
  return Math.max(1, Math.ceil(publishedProjects / pageSize) - 1);
}

/** The first script of the page's HTML that the server serves from /_next/static/, or null. */
export function staticAssetFrom(html: string): string | null {
  const match = /<script[^>]*\ssrc="(\/_next\/static\/[^"?#]+\.js)"/.exec(html);
  return match ? match[1] : null;
}
