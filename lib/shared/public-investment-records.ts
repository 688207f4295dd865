/**
 * One page of a project's masked investment records as GET /api/loans/[id]/investments answers it and the
 * project page's pager reads it: amounts as decimal strings of fen (JSON has no bigint), times as ISO instants.
 */
export interface InvestmentRecordsPage {
  items: { investorMasked: string; amountFen: string; createdAt: string }[];
  total: number;
  /** 1-based, the page really read (a page past the end reads the last). */
  page: number;
  pageSize: number;
}

/** How a record's time is shown: the project page's first page (server) and the pages the pager reads alike. */
export const RECORD_TIME = { dateStyle: "medium", timeStyle: "short" } as const;
