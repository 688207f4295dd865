import { z } from "zod";
import { parseRatePercent } from "@/lib/domain/money";
import { type RepaymentMethod, RepaymentMethods } from "@/lib/domain/schedules";
import type { LoanStatus } from "@/lib/generated/prisma/enums";

/**
 * Statuses the public may see: every project that was published (DESIGN §3), whatever happened to it
 * since. DRAFT, PENDING_REVIEW, PENDING_APPROVAL, REJECTED and WITHDRAWN never leave the company and staff.
 */
export const PUBLIC_LOAN_STATUSES = [
  "FUNDRAISING",
  "FULLY_FUNDED",
  "DISBURSING",
  "REPAYING",
  "OVERDUE",
  "BAD_DEBT",
  "SETTLED",
  "FAILED",
] as const satisfies readonly LoanStatus[];
export type PublicLoanStatus = (typeof PUBLIC_LOAN_STATUSES)[number];

export function isPublicLoanStatus(status: string): status is PublicLoanStatus {
  return (PUBLIC_LOAN_STATUSES as readonly string[]).includes(status);
}

export const LISTING_SORTS = ["newest", "rate_desc", "rate_asc", "deadline", "progress"] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** Term filter choices offered by the listing form; any "min-max" range is accepted in the URL too. */
export const TERM_BUCKETS = ["1-3", "4-6", "7-12", "13-24", "25-60"] as const;
export type TermBucket = (typeof TERM_BUCKETS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Listing filters accept rates up to this (36.00%, the legal ceiling for private lending in China). */
export const MAX_FILTER_RATE_BP = 3600;
const MAX_TERM = 600;
const MAX_PAGE = 100_000;

/** What listPublicProjects reads; every field but sort, page and pageSize narrows the result. */
export interface ListingQuery {
  /** One public status or several; absent = every public status. Non-public values are ignored. */
  status?: PublicLoanStatus | PublicLoanStatus[];
  minRateBp?: number;
  maxRateBp?: number;
  /** Exactly this term; combined with the range below when both are given. */
  termMonths?: number;
  minTermMonths?: number;
  maxTermMonths?: number;
  method?: RepaymentMethod;
  sort: ListingSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

const intIn = (min: number, max: number) => z.number().int().min(min).max(max);
const publicStatus = z.enum(PUBLIC_LOAN_STATUSES);

/**
 * Normalises a query from code (or a caller that passed something odd): each invalid field falls back to
 * its default on its own, so one bad value never fails the whole listing.
 */
const listingQuerySchema = z.object({
  status: z
    .union([
      publicStatus,
      z.array(z.unknown()).transform((list) => list.filter((s): s is PublicLoanStatus => publicStatus.safeParse(s).success)),
    ])
    .optional()
    .catch(undefined),
  minRateBp: intIn(0, 100_000).optional().catch(undefined),
  maxRateBp: intIn(0, 100_000).optional().catch(undefined),
  termMonths: intIn(1, MAX_TERM).optional().catch(undefined),
  minTermMonths: intIn(1, MAX_TERM).optional().catch(undefined),
  maxTermMonths: intIn(1, MAX_TERM).optional().catch(undefined),
  method: z.enum(RepaymentMethods).optional().catch(undefined),
  sort: z.enum(LISTING_SORTS).catch("newest"),
  page: intIn(1, MAX_PAGE).catch(1),
  pageSize: z
    .number()
    .int()
    .min(1)
    .catch(DEFAULT_PAGE_SIZE)
    .transform((n) => Math.min(n, MAX_PAGE_SIZE)),
});

export function normalizeListingQuery(input: Partial<ListingQuery> | undefined): ListingQuery {
  const query = listingQuerySchema.parse(input ?? {}) as ListingQuery;
  // A reversed range is almost always the two boxes typed the wrong way round.
  if (query.minRateBp !== undefined && query.maxRateBp !== undefined && query.minRateBp > query.maxRateBp) {
    [query.minRateBp, query.maxRateBp] = [query.maxRateBp, query.minRateBp];
  }
  if (query.minTermMonths !== undefined && query.maxTermMonths !== undefined && query.minTermMonths > query.maxTermMonths) {
    [query.minTermMonths, query.maxTermMonths] = [query.maxTermMonths, query.minTermMonths];
  }
  return query;
}

type SearchParamValue = string | string[] | undefined;
export type ListingSearchParams = Record<string, SearchParamValue>;

/**
 * Longest URL value a listing filter reads; longer ones are dropped before any parser sees them. The
 * longest valid value ("EQUAL_INSTALLMENT") has 17 characters.
 */
export const MAX_LISTING_PARAM_LENGTH = 32;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = firstValue(value);
  return typeof v === "string" && (v.length > MAX_LISTING_PARAM_LENGTH || v.trim() === "") ? undefined : v;
};
const fromParam = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

const ratePercentParam = z.string().transform((text, ctx) => {
  const parsed = parseRatePercent(text, MAX_FILTER_RATE_BP);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.code });
    return z.NEVER;
  }
  return parsed.bp;
});

const TERM_NUMBER = /^\d{1,3}$/;

/**
 * "6" → exactly 6 months; "4-6", "13-" and "-12" → ranges; spaces around the parts are ignored.
 * Split by hand on the dash: a single regex with optional spaces between optional parts backtracked
 * super-linearly on a long run of spaces (issue 7).
 */
export function readTermFilter(text: string): { exact: number | undefined } | { min: number | undefined; max: number | undefined } | null {
  const parts = text.trim().split("-");
  if (parts.length > 2) return null;
  const [from, to] = parts.map((part) => part.trim());
  const valid = (s: string | undefined) => s === undefined || s === "" || TERM_NUMBER.test(s);
  if (!valid(from) || !valid(to) || (!from && !to)) return null;
  const clamp = (s: string | undefined) => (s ? Math.min(Math.max(Number(s), 1), MAX_TERM) : undefined);
  return to === undefined ? { exact: clamp(from) } : { min: clamp(from), max: clamp(to) };
}

const termParam = z.string().transform((text, ctx) => {
  const term = readTermFilter(text);
  if (!term) {
    ctx.addIssue({ code: "custom", message: "term" });
    return z.NEVER;
  }
  return term;
});

const searchParamsSchema = z.object({
  status: fromParam(publicStatus),
  minRate: fromParam(ratePercentParam),
  maxRate: fromParam(ratePercentParam),
  term: fromParam(termParam),
  method: fromParam(z.enum(RepaymentMethods)),
  sort: fromParam(z.enum(LISTING_SORTS)),
  page: fromParam(z.coerce.number().int().min(1).max(MAX_PAGE)),
});

/** The URL form of a listing query (what the GET filter form submits), for links and the form's values. */
export interface ListingUrlState {
  status?: PublicLoanStatus;
  /** Percentages as typed-back strings, e.g. "8.5". */
  minRate?: string;
  maxRate?: string;
  term?: string;
  method?: RepaymentMethod;
  sort: ListingSort;
  page: number;
}

/**
 * Reads the listing's URL query (Next.js searchParams). Never throws: a value that does not parse is
 * dropped and its default used, so a mistyped or hand-edited URL still shows a listing.
 */
export function parseListingSearchParams(
  params: ListingSearchParams | undefined,
  pageSize = DEFAULT_PAGE_SIZE,
): { query: ListingQuery; url: ListingUrlState } {
  const parsed = searchParamsSchema.parse(params ?? {});
  const term = parsed.term;
  const query = normalizeListingQuery({
    status: parsed.status,
    minRateBp: parsed.minRate,
    maxRateBp: parsed.maxRate,
    termMonths: term && "exact" in term ? term.exact : undefined,
    minTermMonths: term && "min" in term ? term.min : undefined,
    maxTermMonths: term && "max" in term ? term.max : undefined,
    method: parsed.method,
    sort: parsed.sort ?? "newest",
    page: parsed.page ?? 1,
    pageSize,
  });
  const termText =
    query.termMonths !== undefined
      ? String(query.termMonths)
      : query.minTermMonths !== undefined || query.maxTermMonths !== undefined
        ? `${query.minTermMonths ?? ""}-${query.maxTermMonths ?? ""}`
        : undefined;
  return {
    query,
    url: {
      status: typeof query.status === "string" ? query.status : undefined,
      minRate: query.minRateBp === undefined ? undefined : bpToPercentInput(query.minRateBp),
      maxRate: query.maxRateBp === undefined ? undefined : bpToPercentInput(query.maxRateBp),
      term: termText,
      method: query.method,
      sort: query.sort,
      page: query.page,
    },
  };
}

/** 850 → "8.5", 1200 → "12": how a person would type the rate back into the form. */
export function bpToPercentInput(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const hundredths = bp % 100;
  if (hundredths === 0) return String(whole);
  // Two digits at most, so the trailing zero is dropped by arithmetic rather than a /0+$/ scan.
  return `${whole}.${hundredths % 10 === 0 ? hundredths / 10 : String(hundredths).padStart(2, "0")}`;
}

/** The URL parameters of a listing state (without page), e.g. for pagination links. */
export function listingUrlParams(url: ListingUrlState): Record<string, string | undefined> {
  return {
    status: url.status,
    minRate: url.minRate,
    maxRate: url.maxRate,
    term: url.term,
    method: url.method,
    sort: url.sort === "newest" ? undefined : url.sort,
  };
}
