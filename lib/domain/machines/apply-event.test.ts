import { describe, expect, it } from "vitest";
import { applyEvent, eventTypesFrom } from "./apply-event";
import { loanProjectMachine } from "./loan-project";

describe("applyEvent", () => {
  it("tells a missing transition from a refusing guard", () => {
    expect(applyEvent(loanProjectMachine, "DRAFT", {}, { type: "PUBLISH" })).toEqual({
      ok: false,
      reason: "EVENT_NOT_ALLOWED",
    });
    expect(applyEvent(loanProjectMachine, "DRAFT", { companyStatus: "WATCH", requiredFieldsValid: true }, { type: "SUBMIT" })).toEqual({
      ok: false,
      reason: "GUARD_FAILED",
    });
  });

  it("refuses every event in a final status", () => {
    expect(applyEvent(loanProjectMachine, "SETTLED", { remainingDueFen: 0n }, { type: "SETTLE" })).toEqual({
      ok: false,
      reason: "EVENT_NOT_ALLOWED",
    });
  });

  it("throws on a status the machine does not have, including inherited object keys", () => {
    expect(() => applyEvent(loanProjectMachine, "NOPE" as "DRAFT", {}, { type: "WITHDRAW" })).toThrow(RangeError);
    expect(() => applyEvent(loanProjectMachine, "toString" as "DRAFT", {}, { type: "WITHDRAW" })).toThrow(RangeError);
  });

  it("does not mutate the context it was given", () => {
    const context = Object.freeze({ fundedFen: 5n, amountFen: 5n });
    expect(applyEvent(loanProjectMachine, "FUNDRAISING", context, { type: "FILL" })).toEqual({ ok: true, to: "FULLY_FUNDED" });
    expect(context).toEqual({ fundedFen: 5n, amountFen: 5n });
  });
});

describe("eventTypesFrom", () => {
  it("lists the events with a transition out of a status, guards not evaluated", () => {
    expect(eventTypesFrom(loanProjectMachine, "OVERDUE").sort()).toEqual(["CURE", "DECLARE_BAD_DEBT", "SETTLE"]);
    expect(eventTypesFrom(loanProjectMachine, "SETTLED")).toEqual([]);
  });
});
