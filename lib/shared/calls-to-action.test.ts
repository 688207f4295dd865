import { describe, expect, it } from "vitest";
import { borrowCallToAction, homeCallsToAction, investCallToAction, viewerFor } from "./calls-to-action";

const hrefs = (role: Parameters<typeof viewerFor>[0], facts?: Parameters<typeof viewerFor>[1]) =>
  homeCallsToAction(viewerFor(role, facts)).map((cta) => cta.href);

describe("calls to action follow who is looking (issue 8 §9)", () => {
  it("sends a visitor to register, as an investor or as a company", () => {
    expect(hrefs(null)).toEqual(["/register/investor", "/register/company"]);
  });

  it("sends a verified investor to the listings, an unverified one to verification, never to registration", () => {
    expect(hrefs("INVESTOR", { verified: true })).toEqual(["/loans"]);
    expect(hrefs("INVESTOR", { verified: false })).toEqual(["/investor/verification"]);
    expect(hrefs("INVESTOR")).toEqual(["/investor/verification"]);
  });

  it("sends a company that may borrow to its requests, any other company to its profile", () => {
    expect(hrefs("COMPANY", { mayBorrow: true })).toEqual(["/company/loans"]);
    expect(hrefs("COMPANY", { mayBorrow: false })).toEqual(["/company/profile"]);
  });

  it.each(["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const)("sends %s to the administration only", (role) => {
    expect(hrefs(role)).toEqual(["/admin"]);
    expect(investCallToAction(viewerFor(role))).toBeNull();
    expect(borrowCallToAction(viewerFor(role))).toBeNull();
  });

  it("keeps the invitation's wording honest: only a verified investor or a visitor is told to start investing", () => {
    expect(investCallToAction(viewerFor(null))?.label).toBe("startInvesting");
    expect(investCallToAction(viewerFor("INVESTOR", { verified: true }))?.label).toBe("startInvesting");
    expect(investCallToAction(viewerFor("INVESTOR", { verified: false }))?.label).toBe("verifyToInvest");
    expect(investCallToAction(viewerFor("COMPANY", { mayBorrow: true }))).toBeNull();
  });
});
