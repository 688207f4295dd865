import { describe, expect, it } from "vitest";
import { waitAge } from "./wait-age";

const at = (iso: string) => new Date(iso);

describe("waitAge", () => {
  it("says minutes under an hour, hours under a day, days after, rounding down", () => {
    const now = at("2026-12-01T12:00:00Z");
    expect(waitAge(at("2026-12-01T11:59:30Z"), now)).toEqual({ unit: "minutes", value: 0 });
    expect(waitAge(at("2026-12-01T11:01:00Z"), now)).toEqual({ unit: "minutes", value: 59 });
    expect(waitAge(at("2026-12-01T11:00:00Z"), now)).toEqual({ unit: "hours", value: 1 });
    expect(waitAge(at("2026-11-30T12:00:01Z"), now)).toEqual({ unit: "hours", value: 23 });
    expect(waitAge(at("2026-11-30T12:00:00Z"), now)).toEqual({ unit: "days", value: 1 });
    expect(waitAge(at("2026-11-28T06:00:00Z"), now)).toEqual({ unit: "days", value: 3 });
  });

  it("never goes negative when the item is newer than the clock", () => {
    expect(waitAge(at("2026-12-02T00:00:00Z"), at("2026-12-01T00:00:00Z"))).toEqual({ unit: "minutes", value: 0 });
  });
});
