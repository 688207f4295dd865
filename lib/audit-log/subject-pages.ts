import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_ROLES } from "@/lib/shared/roles";

const REVIEWERS = ["CUSTOMER_SERVICE", "SUPERVISOR"] as const satisfies readonly Role[];

/**
 * The pages an audit entry may link to, with the roles that may open each. A copy of those pages' rows in
 * tests/authz/matrix.ts (tests/unit/audit-log/describe-entry.test.ts compares them), so an entry never links
 * its reader to a page that would refuse them.
 */
export const SUBJECT_PAGES = {
  "/admin/companies/[id]": REVIEWERS,
  "/admin/reviews/[id]": REVIEWERS,
  "/loans/[id]": ALL_ROLES,
  "/admin/staff": ["ADMIN"],
  "/admin/settings": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type SubjectPage = keyof typeof SUBJECT_PAGES;

/** The first of `candidates` (page pattern + id) the reader may open, as a URL; null when none. */
export function firstOpenPage(reader: Role, candidates: ReadonlyArray<readonly [SubjectPage, string?]>): string | null {
  for (const [page, id] of candidates) {
    if (!(SUBJECT_PAGES[page] as readonly Role[]).includes(reader)) continue;
    return id === undefined ? page : page.replace("[id]", encodeURIComponent(id));
  }
  return null;
}
