import type { EntityRules } from "./entity-rules";

/**
 * Reconciliation difference (对账差异) rules beyond the event metadata: none. Every resolution is a
 * maker-checker request (customer service asks, a supervisor other than the maker approves: the review
 * request's own rules), and MATCH is the system's. Kept as a module so a rule has its place when one is needed.
 */
export const reconciliationDifferenceRules: EntityRules = {};
