import { describe, expect, it } from "vitest";
import { z } from "zod";
import { validateCalculatorInput } from "@/components/loans/calculator-model";
import { isValidCreditCode, normalizeCreditCode } from "@/lib/domain/identity/credit-code";
import { isValidPhone } from "@/lib/domain/identity/phone";
import { isValidResidentId, normalizeResidentId } from "@/lib/domain/identity/resident-id";
import { parseMoney, parseRatePercent } from "@/lib/domain/money";
import * as accounts from "@/lib/schemas/accounts";
import * as companies from "@/lib/schemas/companies";
import * as fields from "@/lib/schemas/fields";
import { loanRequestSchema } from "@/lib/schemas/loan-requests";
import * as settings from "@/lib/schemas/settings";
import { parseListingSearchParams, readTermFilter } from "@/lib/server/listings/query";
import { DEFAULT_LOAN_LIMITS } from "@/lib/server/settings/loan-limits";
import { safeReturnPath } from "@/lib/shared/role-home";

/**
 * Issue 7 §3: every parser of untrusted text answers 10 KB of hostile input with a refusal, at once.
 * The inputs are the shapes that made the old regexes backtrack (long runs of spaces, digits, separators,
 * full-width characters) followed by a character that makes the match fail at the very end; each starts
 * and ends with a non-space character so that trimming cannot turn it into something valid.
 *
 * The time cap is NOT a speed benchmark: it is set far above what a linear parser needs (well under a
 * millisecond here) and far below what catastrophic backtracking costs on 10 KB (seconds to hours), so it
 * only catches the latter, even on a slow, busy CI machine.
 */
const CAP_MS = 200;
const SIZE = 10_000;

const run = (unit: string, times = Math.ceil(SIZE / unit.length)) => unit.repeat(times).slice(0, SIZE);
const ADVERSARIAL: Record<string, string> = {
  "minus, spaces, NUL": `-${run(" ")}\u0000`,
  "tabs, NUL": `1${run("\t")}\u0000`,
  "ideographic spaces, x": `1${run("\u3000")}x`,
  "digits, x": `${run("1")}x`,
  "zeros, NUL, zero": `${run("0")}\u00000`,
  "full-width digits, x": `${run("１")}x`,
  "grouped digits, bad group": `${run("1,")}12`,
  "full-width commas": `${run("１，")}x`,
  points: `${run("1.")}x`,
  "dashes and spaces": `1${run(" - ")}x`,
  "yuan signs and spaces": `¥${run(" ¥")}x`,
  "percent and spaces": `1${run(" %")}x`,
  "hyphenated digits": `${run("1-")}x`,
  "letters, at sign": `${run("a")}@`,
  "dotted labels": `${run("a.")}@x`,
  slashes: `/${run("/.")}\\`,
};
const CASES = Object.entries(ADVERSARIAL);

/** The work's result and its best time of up to three runs: a busy machine's hiccup is not backtracking. */
function timed<T>(work: () => T): { result: T; ms: number } {
  let best = Number.POSITIVE_INFINITY;
  let result: T | undefined;
  for (let attempt = 0; attempt < 3 && best >= CAP_MS; attempt++) {
    const start = performance.now();
    result = work();
    best = Math.min(best, performance.now() - start);
  }
  return { result: result as T, ms: best };
}

describe("adversarial 10 KB input is refused at once", () => {
  it("is really 10 KB of each shape", () => {
    for (const [, input] of CASES) expect(input.length).toBeGreaterThan(SIZE);
  });

  describe.each(CASES)("%s", (_label, input) => {
    it("money", () => {
      const { result, ms } = timed(() => parseMoney(input));
      expect(result.ok).toBe(false);
      expect(ms).toBeLessThan(CAP_MS);
    });

    it("rate", () => {
      const { result, ms } = timed(() => parseRatePercent(input));
      expect(result.ok).toBe(false);
      expect(ms).toBeLessThan(CAP_MS);
    });

    it("listing term filter", () => {
      const { result, ms } = timed(() => readTermFilter(input));
      expect(result).toBeNull();
      expect(ms).toBeLessThan(CAP_MS);
    });

    it("listing URL: every parameter falls back to its default", () => {
      const params = Object.fromEntries(["status", "minRate", "maxRate", "term", "method", "sort", "page"].map((k) => [k, input]));
      const { result, ms } = timed(() => parseListingSearchParams(params));
      expect(result.url).toEqual({ sort: "newest", page: 1 });
      expect(ms).toBeLessThan(CAP_MS);
    });

    it("yield calculator", () => {
      const { result, ms } = timed(() => validateCalculatorInput({ amount: input, rate: input, term: input, method: input }));
      expect(result.ok).toBe(false);
      expect(ms).toBeLessThan(CAP_MS);
    });

    it("phone, resident ID and credit code validators", () => {
      const { result, ms } = timed(() => [
        isValidPhone(input),
        isValidResidentId(normalizeResidentId(input)),
        isValidCreditCode(normalizeCreditCode(input)),
      ]);
      expect(result).toEqual([false, false, false]);
      expect(ms).toBeLessThan(CAP_MS);
    });

    it("return path sanitiser", () => {
      const { result, ms } = timed(() => safeReturnPath(input));
      // A long path may be a legitimate same-site path; what matters is that it is never another origin.
      if (result !== null) expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
      expect(ms).toBeLessThan(CAP_MS);
    });
  });
});

/** Every object schema of lib/schemas (factories called with the platform's default settings). */
function formSchemas(): [string, z.ZodObject][] {
  const exported: [string, unknown][] = [
    ...Object.entries(accounts),
    ...Object.entries(companies),
    ...Object.entries(settings),
    ["loanRequestSchema", loanRequestSchema(DEFAULT_LOAN_LIMITS)],
  ];
  return exported.flatMap(([name, schema]): [string, z.ZodObject][] => {
    const object = objectInside(schema);
    return object ? [[name, object]] : [];
  });
}

/** The object schema under transforms (a pipe's input side), e.g. the company registration's confirmation step. */
function objectInside(schema: unknown): z.ZodObject | null {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodPipe) return objectInside(schema.def.in);
  return null;
}

/** Every field schema of lib/schemas/fields (factories called with their defaults). */
function fieldSchemas(): [string, z.ZodType][] {
  return Object.entries(fields).flatMap(([name, value]): [string, z.ZodType][] => {
    if (value instanceof z.ZodType) return [[name, value]];
    if (typeof value === "function") {
      const made = (value as () => unknown)();
      if (made instanceof z.ZodType) return [[`${name}()`, made]];
    }
    return [];
  });
}

describe("every zod form field refuses 10 KB of adversarial input at once", () => {
  it("finds the schemas", () => {
    expect(formSchemas().map(([name]) => name)).toEqual(
      expect.arrayContaining(["companyRegistrationSchema", "loanRequestSchema", "loanLimitsSchema", "companyProfileSchema"]),
    );
    expect(fieldSchemas().length).toBeGreaterThanOrEqual(8);
  });

  it.each(CASES)("object schemas, every field: %s", (_label, input) => {
    const slow: string[] = [];
    const accepted: string[] = [];
    for (const [name, schema] of formSchemas()) {
      for (const field of Object.keys(schema.shape)) {
        const { result, ms } = timed(() => schema.safeParse({ [field]: input }));
        if (ms >= CAP_MS) slow.push(`${name}.${field}: ${Math.round(ms)} ms`);
        if (result.success || !result.error.issues.some((issue) => issue.path[0] === field)) accepted.push(`${name}.${field}`);
      }
    }
    expect(accepted).toEqual([]);
    expect(slow).toEqual([]);
  });

  it.each(CASES)("shared field schemas: %s", (_label, input) => {
    for (const [name, schema] of fieldSchemas()) {
      const { result, ms } = timed(() => schema.safeParse(input));
      expect(result.success, name).toBe(false);
      expect(ms, name).toBeLessThan(CAP_MS);
    }
  });

  it("answers an over-long value with the length limit before anything else", () => {
    const result = accounts.companyRegistrationSchema.safeParse({ registeredCapital: ADVERSARIAL["minus, spaces, NUL"] });
    const issues = result.error?.issues.filter((issue) => issue.path[0] === "registeredCapital");
    expect(issues).toEqual([expect.objectContaining({ code: "too_big", message: "validation.tooLong", maximum: 40 })]);
  });
});
