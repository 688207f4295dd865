import type { Role } from "@/lib/generated/prisma/enums";
import { isStaffRole } from "./roles";

/**
 * Who is looking, as far as calls to action care (issue 8 §9: "开始投资" sent a verified investor to the
 * registration form). `verified`: an investor's real-name verification is done; `mayBorrow`: the company is
 * verified and in a standing that may request loans (DESIGN: NORMAL or GOOD).
 */
export type Viewer =
  | { kind: "visitor" }
  | { kind: "investor"; verified: boolean }
  | { kind: "company"; mayBorrow: boolean }
  | { kind: "staff" };

/** A link and its label key under `site.cta`. */
export interface CallToAction {
  href: string;
  label: string;
}

/**
 * The invitation to invest: visitors register as investors, unverified investors verify first, verified
 * investors go to the listings. Companies and staff do not invest: null.
 */
export function investCallToAction(viewer: Viewer): CallToAction | null {
  if (viewer.kind === "visitor") return { href: "/register/investor", label: "startInvesting" };
  if (viewer.kind === "investor") {
    return viewer.verified ? { href: "/loans", label: "startInvesting" } : { href: "/investor/verification", label: "verifyToInvest" };
  }
  return null;
}

/**
 * The invitation to borrow: visitors register a company, a company that may borrow goes to its loan
 * requests, one that may not yet (unverified, or a standing that forbids it) to its profile. Others: null.
 */
export function borrowCallToAction(viewer: Viewer): CallToAction | null {
  if (viewer.kind === "visitor") return { href: "/register/company", label: "borrow" };
  if (viewer.kind === "company") {
    return viewer.mayBorrow ? { href: "/company/loans", label: "myLoanRequests" } : { href: "/company/profile", label: "completeProfile" };
  }
  return null;
}

/** The home page's calls to action, most important first: what this viewer can do next. */
export function homeCallsToAction(viewer: Viewer): CallToAction[] {
  if (viewer.kind === "staff") return [{ href: "/admin", label: "goToAdmin" }];
  return [investCallToAction(viewer), borrowCallToAction(viewer)].filter((cta): cta is CallToAction => cta !== null);
}

/** The viewer from the signed-in role and the facts the server read (none for a visitor or staff). */
export function viewerFor(role: Role | null, facts: { verified?: boolean; mayBorrow?: boolean } = {}): Viewer {
  if (role === null) return { kind: "visitor" };
  if (role === "INVESTOR") return { kind: "investor", verified: facts.verified === true };
  if (role === "COMPANY") return { kind: "company", mayBorrow: facts.mayBorrow === true };
  if (isStaffRole(role)) return { kind: "staff" };
  return { kind: "visitor" };
}
