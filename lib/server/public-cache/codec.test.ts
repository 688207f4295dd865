import { describe, expect, it } from "vitest";
import { decodeCacheValue, encodeCacheValue } from "./codec";

describe("cache codec", () => {
  it("round-trips bigints, dates, nesting and plain values through JSON", () => {
    const value = {
      amountFen: 123_456_789_012_345_678n,
      at: new Date("2026-11-30T08:00:00.000Z"),
      items: [{ fundedFen: 0n, title: "A", rate: 1234, missing: null }],
      nothing: undefined,
    };
    const back = decodeCacheValue<typeof value>(JSON.parse(JSON.stringify(encodeCacheValue(value))));
    expect(back.amountFen).toBe(123_456_789_012_345_678n);
    expect(back.at).toEqual(new Date("2026-11-30T08:00:00.000Z"));
    expect(back.items).toEqual([{ fundedFen: 0n, title: "A", rate: 1234, missing: null }]);
  });

  it("leaves objects that merely contain a $bigint key among others alone", () => {
    const value = { $bigint: "1", other: 2 };
    expect(decodeCacheValue(JSON.parse(JSON.stringify(encodeCacheValue(value))))).toEqual(value);
  });
});
