import { describe, expect, it } from "vitest";
import { checkCreditCode } from "@/lib/domain/identity/credit-code";
import { normalizeMobilePhone } from "@/lib/domain/identity/phone";
import { checkResidentId, DEFAULT_MAXIMUM_AGE, DEFAULT_MINIMUM_AGE } from "@/lib/domain/identity/resident-id";
import { DEMO_COMPANIES, DEMO_INVESTORS } from "@/prisma/seed/demo-accounts";

// The seed writes to the database directly, past the forms: its identities must obey the forms' rules.
describe("demo identities", () => {
  it.each(DEMO_INVESTORS)("investor $email has an ID number and mobile the verification form accepts", ({ idNumber, phone }) => {
    const rules = { today: "2026-11-30", minimumAge: DEFAULT_MINIMUM_AGE, maximumAge: DEFAULT_MAXIMUM_AGE };
    expect(checkResidentId(idNumber, rules)).toMatchObject({ ok: true, id: idNumber });
    expect(normalizeMobilePhone(phone)).toBe(phone);
  });
  it.each(DEMO_COMPANIES)("company $email has a verifying credit code", ({ creditCode }) =>
    expect(checkCreditCode(creditCode)).toEqual({ ok: true, code: creditCode }),
  );
});
