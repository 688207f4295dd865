import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn } from "./plain-date";
import {
  checkResidentId,
  checkResidentIdStructure,
  DEFAULT_MAXIMUM_AGE,
  DEFAULT_MINIMUM_AGE,
  type ResidentIdProblem,
  residentIdCheckCharacter,
} from "./resident-id";

const TODAY = "2026-11-30";
const rules = (today: string = TODAY) => ({ today, minimumAge: DEFAULT_MINIMUM_AGE, maximumAge: DEFAULT_MAXIMUM_AGE });

/** A number with a correct check character for the given region, birth date (YYYYMMDD) and sequence. */
function residentId(region: string, birth: string, sequence = "123"): string {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

const problem = (id: string, today = TODAY): ResidentIdProblem | null => {
  const result = checkResidentId(id, rules(today));
  return result.ok ? null : result.problem;
};

describe("resident ID: birth date against the business date", () => {
  it("refuses a birth date in 2099", () => expect(problem(residentId("110101", "20990101"))).toBe("BORN_IN_FUTURE"));
  it("refuses a birth date tomorrow", () => expect(problem(residentId("110101", "20261201"))).toBe("BORN_IN_FUTURE"));
  it("refuses a 10-year-old", () => expect(problem(residentId("110101", "20161130"))).toBe("UNDERAGE"));
  it("refuses someone born 1890", () => expect(problem(residentId("110101", "18900101"))).toBe("TOO_OLD"));

  it("accepts an investor on their 18th birthday, not the day before", () => {
    expect(problem(residentId("110101", "20081130"))).toBeNull();
    expect(problem(residentId("110101", "20081201"))).toBe("UNDERAGE");
  });

  it("someone born on 29 February comes of age on 1 March of a common year", () => {
    const id = residentId("110101", "20080229");
    expect(problem(id, "2026-02-28")).toBe("UNDERAGE");
    expect(problem(id, "2026-03-01")).toBeNull();
  });

  it("accepts 120 completed years, refuses 121", () => {
    expect(problem(residentId("110101", "19061130"))).toBeNull();
    expect(problem(residentId("110101", "19051201"))).toBeNull();
    expect(problem(residentId("110101", "19051130"))).toBe("TOO_OLD");
  });

  it("takes the minimum age from the rules", () => {
    const id = residentId("110101", "20060101"); // 20 on TODAY
    expect(checkResidentId(id, { ...rules(), minimumAge: 21 })).toEqual({ ok: false, problem: "UNDERAGE" });
    expect(checkResidentId(id, { ...rules(), minimumAge: 20 }).ok).toBe(true);
  });

  it("accepts today as {year, month, day} as well as YYYY-MM-DD", () => {
    const id = residentId("110101", "20081201");
    expect(checkResidentId(id, { ...rules(), today: { year: 2026, month: 12, day: 1 } }).ok).toBe(true);
    expect(checkResidentId(id, { ...rules(), today: { year: 2026, month: 11, day: 30 } }).ok).toBe(false);
  });
});

describe("resident ID: what the number itself says", () => {
  it.each([
    ["region 000000", "000000"],
    ["a non-province region 99xxxx", "990101"],
    ["a non-province region 20xxxx", "200101"],
    ["a whole mainland province 110000", "110000"],
    ["region 840000", "840000"],
  ])("refuses %s", (_label, region) =>
    expect(checkResidentIdStructure(residentId(region, "19900307"))).toEqual({ ok: false, problem: "REGION" }),
  );

  it.each([
    ["Beijing Dongcheng", "110101"],
    ["Xinjiang", "650102"],
    ["Taiwan", "710000"],
    ["Hong Kong residence permit", "810000"],
    ["Macao residence permit", "820000"],
    ["Taiwan residence permit", "830000"],
  ])("accepts the region of %s", (_label, region) => expect(checkResidentIdStructure(residentId(region, "19900307")).ok).toBe(true));

  it.each([
    ["30 February", "19900230"],
    ["29 February of a common year (1900)", "19000229"],
    ["month 13", "19901301"],
    ["day 00", "19900300"],
    ["31 April", "19900431"],
  ])("refuses a birth date that is no real day: %s", (_label, birth) =>
    expect(checkResidentIdStructure(residentId("110101", birth))).toEqual({ ok: false, problem: "BIRTH_DATE" }),
  );

  it("accepts 29 February of a leap year (2000)", () => expect(checkResidentIdStructure(residentId("110101", "20000229")).ok).toBe(true));

  it("refuses a wrong check character", () => {
    const id = residentId("110101", "19900307");
    const wrong = id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
    expect(checkResidentIdStructure(wrong)).toEqual({ ok: false, problem: "CHECK_CHARACTER" });
  });

  it.each([
    ["17 digits", "11010119900307123"],
    ["a letter inside", "1101011990A307123X"],
    ["19 digits", "1101011990030712345"],
    ["empty", ""],
  ])("refuses %s as FORMAT", (_label, id) => expect(checkResidentIdStructure(id)).toEqual({ ok: false, problem: "FORMAT" }));

  it("accepts full-width digits, spaces and hyphens, and returns the folded number", () => {
    expect(checkResidentIdStructure("１１０１０１ １９９００３０７ ４４７７")).toMatchObject({ ok: true, id: "110101199003074477" });
    expect(checkResidentIdStructure("110105-19491231-002ｘ")).toMatchObject({ ok: true, id: "11010519491231002X" });
  });
});

describe("resident ID: generated numbers", () => {
  const PROVINCES = [
    "11",
    "12",
    "13",
    "14",
    "15",
    "21",
    "22",
    "23",
    "31",
    "32",
    "33",
    "34",
    "35",
    "36",
    "37",
    "41",
    "42",
    "43",
    "44",
    "45",
    "46",
    "50",
    "51",
    "52",
    "53",
    "54",
    "61",
    "62",
    "63",
    "64",
    "65",
  ];
  const birthDate = fc.date({ min: new Date(Date.UTC(1907, 0, 1)), max: new Date(Date.UTC(2008, 10, 30)), noInvalidDate: true });
  const validId = fc
    .record({
      province: fc.constantFrom(...PROVINCES),
      county: fc.integer({ min: 1, max: 9999 }),
      birth: birthDate,
      sequence: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ province, county, birth, sequence }) =>
      residentId(
        `${province}${String(county).padStart(4, "0")}`,
        birth.toISOString().slice(0, 10).replaceAll("-", ""),
        String(sequence).padStart(3, "0"),
      ),
    );

  it("every well-formed number of an adult under 120 passes, in any typed form", () => {
    fc.assert(
      fc.property(validId, fc.constantFrom("", " ", "-", "\u3000"), (id, separator) => {
        const typed = `${id.slice(0, 6)}${separator}${id.slice(6, 14)}${separator}${id.slice(14).toLowerCase()}`;
        const result = checkResidentId(typed, rules());
        return result.ok && result.id === id;
      }),
    );
  });

  it("every number of someone under 18 is refused as UNDERAGE", () => {
    const minor = fc.date({ min: new Date(Date.UTC(2008, 11, 1)), max: new Date(Date.UTC(2026, 10, 30)), noInvalidDate: true });
    fc.assert(
      fc.property(minor, (birth) => {
        const id = residentId("310101", birth.toISOString().slice(0, 10).replaceAll("-", ""));
        const b = { year: birth.getUTCFullYear(), month: birth.getUTCMonth() + 1, day: birth.getUTCDate() };
        return ageOn(b, { year: 2026, month: 11, day: 30 }) < 18 && problem(id) === "UNDERAGE";
      }),
    );
  });
});
