import { z } from "zod";
import { bpToPercentText, parseRatePercent } from "@/lib/domain/money";
import { type RepaymentMethod, RepaymentMethods } from "@/lib/domain/schedules";
import type { LoanStatus } from "@/lib/generated/prisma/enums";
import { LISTING_PARAM_NAMES, type ListingParamName, MAX_SHOWN_PARAM_LENGTH, unknownListingParam } from "@/lib/shared/page-query-fields";

/**
 * Statuses the public may see: every project that was published (DESIGN §3), whatever happened to it
 * since. DRAFT, PENDING_PRELIMINARY_REVIEW, PENDING_FINAL_REVIEW, REJECTED and WITHDRAWN never leave the company and staff.
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
export const MAX_LISTING_PAGE = 100_000;
const MAX_PAGE = MAX_LISTING_PAGE;

/** What listPublicLoanProjects reads; every field but sort, page and pageSize narrows the result. */
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

const paramSchemas = {
  status: publicStatus,
  minRate: ratePercentParam,
  maxRate: ratePercentParam,
  term: termParam,
  method: z.enum(RepaymentMethods),
  sort: z.enum(LISTING_SORTS),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
} satisfies Record<ListingParamName, z.ZodType>;
type ListingParam = ListingParamName;
type ParsedParams = { [K in ListingParam]?: z.output<(typeof paramSchemas)[K]> };

/**
 * Why a URL value was not applied, as a key under `loans.filterIgnored` (issue 8 §6: the visitor is told,
 * never silently shown everything): the value does not parse as a rate, is outside 0–36 %, has more than
 * two decimals, is too long to look at, is not one of the choices, or the parameter itself is unknown.
 */
export type IgnoredReason =
  | "tooLong"
  | "rateNotNumber"
  | "rateOutOfRange"
  | "rateDecimals"
  | "term"
  | "status"
  | "method"
  | "sort"
  | "page"
  | "unknown";

export interface IgnoredListingParam {
  /** The URL parameter's name, e.g. "minRate" (for an unknown one, as it was written). */
  param: string;
  /** The value as it was typed, cut to MAX_SHOWN_PARAM_LENGTH characters for display. */
  value: string;
  reason: IgnoredReason;
}

export { MAX_SHOWN_PARAM_LENGTH };

const RATE_REASONS: Record<string, IgnoredReason> = {
  EMPTY: "rateNotNumber",
  INVALID: "rateNotNumber",
  TOO_LONG: "tooLong",
  NEGATIVE: "rateOutOfRange",
  TOO_LARGE: "rateOutOfRange",
  TOO_MANY_DECIMALS: "rateDecimals",
};

/** Reads each known parameter on its own; a value that does not parse is reported and left out. */
function readParams(params: ListingSearchParams): { parsed: ParsedParams; ignored: IgnoredListingParam[] } {
  const parsed: Record<string, unknown> = {};
  const ignored: IgnoredListingParam[] = [];
  for (const [name, raw] of Object.entries(params)) {
    const value = firstValue(raw);
    if (typeof value !== "string" || value.trim() === "") continue;
    const shown = value.slice(0, MAX_SHOWN_PARAM_LENGTH);
    if (!(LISTING_PARAM_NAMES as readonly string[]).includes(name)) {
      const unknown = unknownListingParam(name, value);
      if (unknown) ignored.push({ ...unknown, reason: "unknown" });
      continue;
    }
    const param = name as ListingParam;
    if (value.length > MAX_LISTING_PARAM_LENGTH) {
      ignored.push({ param, value: shown, reason: "tooLong" });
      continue;
    }
    const result = paramSchemas[param].safeParse(value);
    if (result.success) {
      parsed[param] = result.data;
      continue;
    }
    const reason = param === "minRate" || param === "maxRate" ? (RATE_REASONS[result.error.issues[0]?.message] ?? "rateNotNumber") : param;
    ignored.push({ param, value: shown, reason });
  }
  return { parsed: parsed as ParsedParams, ignored };
}

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
 * Reads the listing's URL query (Next.js searchParams). Never throws: a value that does not parse is left
 * out (its default applies) and reported in `ignored`, so a mistyped or hand-edited URL still shows a
 * listing and says which of its filters did not apply. `typed` keeps the rejected rate boxes' text, so the
 * form can show the visitor what they typed next to the reason.
 */
export function parseListingSearchParams(
  params: ListingSearchParams | undefined,
  pageSize = DEFAULT_PAGE_SIZE,
): { query: ListingQuery; url: ListingUrlState; ignored: IgnoredListingParam[]; typed: { minRate?: string; maxRate?: string } } {
  const { parsed, ignored } = readParams(params ?? {});
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
  const typed: { minRate?: string; maxRate?: string } = {};
  for (const { param, value } of ignored) if (param === "minRate" || param === "maxRate") typed[param] = value;
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
    ignored,
    typed,
  };
}

/** 850 → "8.5", 1200 → "12": how a person would type the rate back into the form. */
export const bpToPercentInput = (bp: number): string => bpToPercentText(bp);

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
