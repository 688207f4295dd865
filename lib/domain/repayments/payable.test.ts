import { describe, expect, it } from "vitest";
import { businessDate } from "../dates/business-calendar";
import { payableNow } from "./payable";

const instalment = (id: string, dueDate: string, principalFen: bigint, penaltyFen = 0n) => ({
  id,
  dueDate: businessDate(dueDate),
  principalFen,
  interestFen: 10n,
  penaltyFen,
});

describe("payableNow", () => {
  const list = [instalment("1", "2027-01-01", 100n, 5n), instalment("2", "2027-02-01", 100n), instalment("3", "2027-03-01", 100n)];

  it("is what is due up to today, and may include the next instalment not yet due", () => {
    const payable = payableNow(list, businessDate("2027-01-15"));
    expect(payable.dueNowFen).toBe(115n);
    expect(payable.maxFen).toBe(225n);
    expect(payable.payable.map((i) => i.id)).toEqual(["1", "2"]);
  });

  it("counts an instalment due today as due", () => {
    expect(payableNow(list, businessDate("2027-02-01")).dueNowFen).toBe(225n);
  });

  it("before the first due date only the first may be prepaid", () => {
    const payable = payableNow(list, businessDate("2026-12-20"));
    expect(payable.dueNowFen).toBe(0n);
    expect(payable.maxFen).toBe(115n);
  });

  it("after the last due date everything is due", () => {
    const payable = payableNow(list, businessDate("2027-06-01"));
    expect(payable.maxFen).toBe(payable.dueNowFen);
    expect(payable.maxFen).toBe(335n);
  });
});
