/**
 * The query fields that visitors' cached pages read (issue 9), in one place for the three that must agree:
 * the pages' parsers, proxy.ts's matcher (a plain GET carrying none of them skips the proxy and is served by a
 * next.config.ts rewrite, lib/shared/public-pages.ts) and tests/unit/public-routing.test.ts, which checks the
 * matcher against these lists.
 */
export const LISTING_PARAM_NAMES = ["status", "minRate", "maxRate", "term", "method", "sort", "page"] as const;
export type ListingParamName = (typeof LISTING_PARAM_NAMES)[number];

export const CALCULATOR_FIELDS = ["amount", "rate", "term", "method"] as const;
export type CalculatorField = (typeof CALCULATOR_FIELDS)[number];

/** Longest part of an ignored listing parameter (name or value) shown back to the visitor. */
export const MAX_SHOWN_PARAM_LENGTH = 64;

/** Marketing tags and framework parameters are not filters the visitor typed: never reported. */
const isForeignParam = (name: string) => name.startsWith("utm_") || name.startsWith("_");

/**
 * A listing URL parameter that is no filter at all (e.g. `rate=50`, when the boxes are minRate and maxRate),
 * as it is reported to the visitor (issue 8 §6): name and value cut to MAX_SHOWN_PARAM_LENGTH. Null for a
 * known filter, a marketing tag (`utm_*`), a framework parameter (`_*`) or an empty value.
 */
export function unknownListingParam(name: string, value: string): { param: string; value: string } | null {
  if ((LISTING_PARAM_NAMES as readonly string[]).includes(name) || isForeignParam(name) || value.trim() === "") return null;
  return { param: name.slice(0, MAX_SHOWN_PARAM_LENGTH), value: value.slice(0, MAX_SHOWN_PARAM_LENGTH) };
}
