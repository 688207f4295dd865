import { z } from "zod";
import { type BusinessDate, parseBusinessDate } from "@/lib/domain/dates";
import { isJournalEntryKind, type JournalEntryKind } from "@/lib/server/ledger";

/** What the transactions list (资金流水) and its CSV are filtered by; every field optional. */
export interface TransactionFilters {
  /** First business date included (Asia/Shanghai), "YYYY-MM-DD". */
  from?: BusinessDate;
  /** Last business date included. */
  to?: BusinessDate;
  kind?: JournalEntryKind;
}

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const date = z.preprocess(
  one,
  z
    .string()
    .refine((text) => parseBusinessDate(text.trim()) !== null)
    .transform((text) => parseBusinessDate(text.trim()) as BusinessDate),
);
const kind = z.preprocess(one, z.string().refine(isJournalEntryKind)) as z.ZodType<JournalEntryKind>;

/**
 * The filters from a query string (the page's searchParams or the CSV route's URL). A value that does not
 * parse is left out rather than refused: the list then shows more, never an error page, and the form shows
 * what was applied. When `from` is after `to`, the two are swapped, as the user evidently meant the range.
 */
export function parseTransactionFilters(query: Record<string, string | string[] | undefined>): TransactionFilters {
  const pick = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  let from = pick(date, query.from);
  let to = pick(date, query.to);
  if (from && to && from > to) [from, to] = [to, from];
  const filters: TransactionFilters = {};
  if (from) filters.from = from;
  if (to) filters.to = to;
  const k = pick(kind, query.kind);
  if (k) filters.kind = k;
  return filters;
}

/** The filters as query parameters, for the pagination links and the CSV link. */
export function transactionFilterParams(filters: TransactionFilters): Record<string, string | undefined> {
  return { from: filters.from, to: filters.to, kind: filters.kind };
}
