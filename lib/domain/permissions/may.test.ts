import { describe, expect, it } from "vitest";
import { availableEvents, mayPerform, userRolesFor } from "./may";

const cs = { id: "cs-1", role: "CUSTOMER_SERVICE" as const };
const sup = { id: "sup-1", role: "SUPERVISOR" as const };
const company = { id: "co-1", role: "COMPANY" as const };

describe("availableEvents", () => {
  it("preliminary review (初审): customer service passes, returns or rejects; a supervisor may return or reject", () => {
    const row = { status: "PENDING_PRELIMINARY_REVIEW", passedById: null };
    expect(availableEvents("LOAN_PROJECT", row, cs).sort()).toEqual(["PASS_PRELIMINARY", "REJECT", "RETURN_FOR_REVISION"]);
    expect(availableEvents("LOAN_PROJECT", row, sup).sort()).toEqual(["REJECT", "RETURN_FOR_REVISION"]);
    expect(availableEvents("LOAN_PROJECT", row, company)).toEqual(["WITHDRAW"]);
  });

  it("final review (复审) is the supervisor's, and not the one who passed it may publish", () => {
    const row = { status: "PENDING_FINAL_REVIEW", passedById: "cs-1" };
    expect(availableEvents("LOAN_PROJECT", row, cs)).toEqual([]);
    expect(availableEvents("LOAN_PROJECT", row, sup).sort()).toEqual(["PUBLISH", "REJECT", "RETURN_FOR_REVISION"]);
    const passedBySup = { status: "PENDING_FINAL_REVIEW", passedById: "sup-1" };
    expect(availableEvents("LOAN_PROJECT", passedBySup, sup).sort()).toEqual(["REJECT", "RETURN_FOR_REVISION"]);
  });

  it("offers maker-checker events to their makers only, and not while one is pending", () => {
    const row = { status: "INVALID", profileCompletedAt: new Date("2026-11-01T00:00:00Z") };
    expect(availableEvents("COMPANY", row, cs)).toEqual(["ACTIVATE"]);
    expect(availableEvents("COMPANY", row, sup)).toEqual([]);
    expect(availableEvents("COMPANY", { ...row, pendingRequests: ["ACTIVATE"] }, cs)).toEqual([]);
    expect(availableEvents("COMPANY", { ...row, profileCompletedAt: null }, cs)).toEqual([]);
  });
});

describe("mayPerform", () => {
  it("refuses with the code the services throw", () => {
    const request = { status: "PENDING", makerId: "cs-1" };
    expect(mayPerform("REVIEW_REQUEST", request, "APPROVE", { id: "cs-1", role: "SUPERVISOR" })).toMatchObject({
      ok: false,
      code: "SELF_APPROVAL",
    });
    expect(mayPerform("REVIEW_REQUEST", request, "APPROVE", sup)).toEqual({ ok: true, via: "direct" });
    expect(mayPerform("REVIEW_REQUEST", request, "APPROVE", cs)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(mayPerform("REVIEW_REQUEST", request, "CANCEL", { id: "cs-2", role: "CUSTOMER_SERVICE" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(mayPerform("LOAN_PROJECT", { status: "FUNDRAISING" }, "CANCEL", cs)).toEqual({ ok: true, via: "review-request" });
  });

  it("lets the system raise only SYSTEM and GATEWAY events, and staff none of them", () => {
    expect(mayPerform("LOAN_PROJECT", { status: "FUNDRAISING" }, "FILL", null)).toEqual({ ok: true, via: "direct" });
    expect(mayPerform("DEPOSIT", { status: "PENDING" }, "PAY", null)).toEqual({ ok: true, via: "direct" });
    expect(mayPerform("LOAN_PROJECT", { status: "FUNDRAISING" }, "FILL", sup)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(mayPerform("LOAN_PROJECT", { status: "PENDING_FINAL_REVIEW" }, "PUBLISH", null)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a maker-checker event applied by its approval is not asked for the maker's role again", () => {
    expect(mayPerform("COMPANY", { status: "INVALID" }, "ACTIVATE", sup, { viaReviewRequest: true })).toEqual({ ok: true, via: "direct" });
  });
});

describe("userRolesFor", () => {
  it("gives an action its role gate: performers and stage owners, never SYSTEM or GATEWAY", () => {
    expect(userRolesFor("LOAN_PROJECT", "RETURN_FOR_REVISION").sort()).toEqual(["CUSTOMER_SERVICE", "SUPERVISOR"]);
    expect(userRolesFor("LOAN_PROJECT", "PUBLISH")).toEqual(["SUPERVISOR"]);
    expect(userRolesFor("LOAN_PROJECT", "FILL")).toEqual([]);
    expect(() => userRolesFor("LOAN_PROJECT", "NOPE")).toThrow(RangeError);
  });
});
