import { describe, expect, it } from "vitest";
import { depositAwaitsPayment, mayDeposit } from "./deposits";

describe("mayDeposit", () => {
  it("lets a verified investor deposit, not an unverified one", () => {
    expect(mayDeposit({ role: "INVESTOR" }, { investorVerifiedAt: new Date() })).toBe(true);
    expect(mayDeposit({ role: "INVESTOR" }, { investorVerifiedAt: null })).toBe(false);
  });

  it("lets a verified company deposit whatever its standing (repayments come from its wallet), not an unverified one", () => {
    for (const status of ["NORMAL", "GOOD", "WATCH", "BLACKLIST"])
      expect(mayDeposit({ role: "COMPANY" }, { companyStatus: status })).toBe(true);
    expect(mayDeposit({ role: "COMPANY" }, { companyStatus: "INVALID" })).toBe(false);
    expect(mayDeposit({ role: "COMPANY" }, {})).toBe(false);
  });

  it("never lets staff deposit, whatever the facts", () => {
    for (const role of ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const) {
      expect(mayDeposit({ role }, { investorVerifiedAt: new Date(), companyStatus: "NORMAL" })).toBe(false);
    }
  });
});

describe("depositAwaitsPayment", () => {
  it("is true only while the gateway may still pay the order", () => {
    expect(depositAwaitsPayment({ status: "CREATED" })).toBe(true);
    for (const status of ["PAID", "FAILED", "EXPIRED"]) expect(depositAwaitsPayment({ status })).toBe(false);
  });
});
