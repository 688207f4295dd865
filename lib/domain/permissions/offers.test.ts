import { describe, expect, it } from "vitest";
import { mayEditLoanDraft, mayPrepareVerification, offeredEvents, pendingRequestEvents } from "./offers";

const company = { id: "co-1", role: "COMPANY" as const };
const cs = { id: "cs-1", role: "CUSTOMER_SERVICE" as const };
const sup = { id: "sup-1", role: "SUPERVISOR" as const };
const submitted = new Date("2026-11-01T00:00:00Z");

describe("mayEditLoanDraft", () => {
  it("lets the company edit a draft and nothing it has submitted", () => {
    expect(mayEditLoanDraft({ status: "DRAFT" }, company)).toBe(true);
    for (const status of ["PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW", "WITHDRAWN", "REJECTED", "FUNDRAISING"]) {
      expect(mayEditLoanDraft({ status }, company)).toBe(false);
    }
  });

  it("is the drafting roles' only", () => {
    expect(mayEditLoanDraft({ status: "DRAFT" }, cs)).toBe(false);
    expect(mayEditLoanDraft({ status: "DRAFT" }, sup)).toBe(false);
  });
});

describe("mayPrepareVerification", () => {
  it("while the company is not verified and has not submitted", () => {
    expect(mayPrepareVerification({ status: "INVALID", profileCompletedAt: null }, company)).toBe(true);
    expect(mayPrepareVerification({ status: "INVALID", profileCompletedAt: submitted }, company)).toBe(false);
    for (const status of ["NORMAL", "GOOD", "WATCH", "BLACKLIST"]) {
      expect(mayPrepareVerification({ status, profileCompletedAt: null }, company)).toBe(false);
    }
    expect(mayPrepareVerification({ status: "INVALID", profileCompletedAt: null }, cs)).toBe(false);
  });
});

describe("pendingRequestEvents", () => {
  it("names the events of the requests still waiting for a checker", () => {
    const requests = [
      { action: "ACTIVATE", status: "REJECTED" },
      { action: "DEACTIVATE", status: "PENDING" },
      { action: "UPGRADE", status: "APPROVED" },
      { action: "BLACKLIST", status: "CANCELLED" },
    ];
    expect(pendingRequestEvents(requests)).toEqual(["DEACTIVATE"]);
    expect(pendingRequestEvents([])).toEqual([]);
  });
});

describe("offeredEvents", () => {
  it("keeps the page's order and only what the actor may raise", () => {
    const inFinalReview = { status: "PENDING_FINAL_REVIEW", passedById: "cs-1" };
    const offered = ["PASS_PRELIMINARY", "PUBLISH", "RETURN_FOR_REVISION", "REJECT"] as const;
    // The machine lists RETURN_FOR_REVISION and REJECT before PUBLISH; the page's order wins.
    expect(offeredEvents("LOAN_PROJECT", inFinalReview, sup, offered)).toEqual(["PUBLISH", "RETURN_FOR_REVISION", "REJECT"]);
    expect(offeredEvents("LOAN_PROJECT", inFinalReview, cs, offered)).toEqual([]);
    expect(offeredEvents("LOAN_PROJECT", { status: "DRAFT" }, company, ["SUBMIT", "WITHDRAW"])).toEqual(["SUBMIT", "WITHDRAW"]);
    expect(offeredEvents("LOAN_PROJECT", { status: "PENDING_FINAL_REVIEW" }, company, ["SUBMIT", "WITHDRAW"])).toEqual(["WITHDRAW"]);
    expect(offeredEvents("LOAN_PROJECT", { status: "FUNDRAISING" }, company, ["SUBMIT", "WITHDRAW"])).toEqual([]);
  });

  it("offers a company's activation request to customer service until one is pending", () => {
    const awaiting = { status: "INVALID", profileCompletedAt: submitted };
    expect(offeredEvents("COMPANY", { ...awaiting, pendingRequests: [] }, cs, ["ACTIVATE"])).toEqual(["ACTIVATE"]);
    expect(offeredEvents("COMPANY", { ...awaiting, pendingRequests: ["ACTIVATE"] }, cs, ["ACTIVATE"])).toEqual([]);
    expect(offeredEvents("COMPANY", awaiting, sup, ["ACTIVATE"])).toEqual([]);
    // A company in good standing has maker-checker events, but none this page offers.
    expect(offeredEvents("COMPANY", { status: "NORMAL", profileCompletedAt: submitted }, cs, ["ACTIVATE"])).toEqual([]);
  });

  it("lets a request's maker cancel it and every other supervisor decide it", () => {
    const request = { status: "PENDING", makerId: "cs-1" };
    expect(offeredEvents("REVIEW_REQUEST", request, cs, ["CANCEL"])).toEqual(["CANCEL"]);
    expect(offeredEvents("REVIEW_REQUEST", { ...request, makerId: "cs-2" }, cs, ["CANCEL"])).toEqual([]);
    expect(offeredEvents("REVIEW_REQUEST", { ...request, status: "CANCELLED" }, cs, ["CANCEL"])).toEqual([]);
    expect(offeredEvents("REVIEW_REQUEST", request, sup, ["APPROVE", "REJECT"])).toEqual(["APPROVE", "REJECT"]);
    expect(offeredEvents("REVIEW_REQUEST", request, { id: "cs-1", role: "SUPERVISOR" }, ["APPROVE", "REJECT"])).toEqual([]);
  });
});
