import { describe, expect, it } from "vitest";
import { mayBindBankCard } from "./bank-cards";
import { mayPerform } from "./may";

describe("mayBindBankCard", () => {
  it("lets a verified investor bind, not an unverified one", () => {
    expect(mayBindBankCard({ role: "INVESTOR", investorVerified: true })).toBe(true);
    expect(mayBindBankCard({ role: "INVESTOR", investorVerified: false })).toBe(false);
    expect(mayBindBankCard({ role: "INVESTOR" })).toBe(false);
  });

  it("lets a company in good standing bind (NORMAL, GOOD), not an unverified, watched or blacklisted one", () => {
    expect(mayBindBankCard({ role: "COMPANY", companyStatus: "NORMAL" })).toBe(true);
    expect(mayBindBankCard({ role: "COMPANY", companyStatus: "GOOD" })).toBe(true);
    for (const companyStatus of ["INVALID", "WATCH", "BLACKLIST", null]) {
      expect(mayBindBankCard({ role: "COMPANY", companyStatus })).toBe(false);
    }
  });

  it("never lets staff bind cards, whatever their facts", () => {
    for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const) {
      expect(mayBindBankCard({ role, investorVerified: true, companyStatus: "NORMAL" })).toBe(false);
    }
  });
});

describe("outflow rules", () => {
  const approved = { status: "APPROVED", decidedById: "sup-1" };

  it("customer service records the transfer of an outflow someone else approved", () => {
    expect(mayPerform("OUTFLOW", approved, "MARK_TRANSFERRED", { id: "cs-1", role: "CUSTOMER_SERVICE" })).toEqual({
      ok: true,
      via: "direct",
    });
  });

  it("refuses the approver (four eyes), and an outflow with no recorded decision", () => {
    expect(mayPerform("OUTFLOW", approved, "MARK_TRANSFERRED", { id: "sup-1", role: "CUSTOMER_SERVICE" })).toMatchObject({
      ok: false,
      code: "SELF_TRANSFER",
    });
    expect(mayPerform("OUTFLOW", { status: "APPROVED" }, "MARK_TRANSFERRED", { id: "cs-1", role: "CUSTOMER_SERVICE" })).toMatchObject({
      ok: false,
      code: "SELF_TRANSFER",
    });
  });

  it("only a supervisor decides, and failing goes through a review request", () => {
    expect(mayPerform("OUTFLOW", { status: "REQUESTED" }, "APPROVE", { id: "cs-1", role: "CUSTOMER_SERVICE" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(mayPerform("OUTFLOW", approved, "FAIL", { id: "cs-1", role: "CUSTOMER_SERVICE" })).toEqual({ ok: true, via: "review-request" });
  });
});
