import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentIdCheckCharacter } from "@/lib/domain/identity/resident-id";
import { companyRegistrationSchema, investorRegistrationSchema, investorVerificationSchema } from "@/lib/schemas/accounts";
import { companyProfileSchema } from "@/lib/schemas/companies";
import { registerCompany } from "@/lib/server/accounts/register-company";
import { registerInvestor } from "@/lib/server/accounts/register-investor";
import { verifyInvestor } from "@/lib/server/accounts/verify-investor";
import { listCompanyVerificationQueue } from "@/lib/server/companies/company-verification-review";
import type { Db } from "@/lib/server/db/types";
import { getCompanyRecord } from "@/lib/server/decision-context/company-record";
import { decryptPii, hashPii } from "@/lib/server/security/pii";
import { IDENTITY_RULES_KEY } from "@/lib/server/settings/identity-rules";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { creditCodeWithWrongCheckCharacter, expectDomainError, unique, uniqueEmail, validCreditCode } from "./helpers";

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.prisma;
});
afterAll(async () => {
  await database?.close();
});

const PASSWORD = "a long and unusual passphrase 2026";
/** The instant of verification in these tests: 2026-11-30 00:30 in China (still the 29th in UTC). */
const NOW = new Date("2026-11-29T16:30:00Z");

/** A resident ID with a correct check character; `birth` is YYYYMMDD. */
function residentId(birth: string, region = "110101"): string {
  const first17 = `${region}${birth}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  return first17 + residentIdCheckCharacter(first17);
}

const toFullWidth = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

async function newInvestor() {
  const password = PASSWORD;
  const investor = await registerInvestor(
    db,
    investorRegistrationSchema.parse({ email: uniqueEmail("investor"), password, confirmPassword: password }),
  );
  if (!investor) throw new Error("a fresh e-mail registers");
  return investor;
}

const verification = (idNumber: string, phone = "13812345678") => investorVerificationSchema.parse({ realName: "张三", idNumber, phone });

describe("real-name verification: the birth date against the business date", () => {
  it.each([
    ["born in 2099", "20990101", "validation.residentIdBORN_IN_FUTURE"],
    ["a 10-year-old", "20161130", "validation.residentIdUNDERAGE"],
    ["17 years and 364 days old", "20081201", "validation.residentIdUNDERAGE"],
    ["born in 1890", "18900101", "validation.residentIdTOO_OLD"],
  ])("refuses someone %s and stores nothing", async (_label, birth, message) => {
    const investor = await newInvestor();
    const error = await expectDomainError(verifyInvestor(db, investor.id, verification(residentId(birth)), null, NOW), "VALIDATION");
    expect(error.fieldErrors).toEqual({ idNumber: [message] });
    expect(error.params).toMatchObject({ minimumAge: 18, maximumAge: 120 });
    expect(await db.investorProfile.findUnique({ where: { userId: investor.id } })).toBeNull();
  });

  it("counts the birthday on the China date: 18 from 00:00 Asia/Shanghai, not from 00:00 UTC", async () => {
    const id = residentId("20081130");
    const investor = await newInvestor();
    const lateOn29th = new Date("2026-11-29T15:30:00Z"); // 23:30 on the 29th in China
    const error = await expectDomainError(verifyInvestor(db, investor.id, verification(id), null, lateOn29th), "VALIDATION");
    expect(error.fieldErrors).toEqual({ idNumber: ["validation.residentIdUNDERAGE"] });
    await verifyInvestor(db, investor.id, verification(id), null, NOW); // 00:30 on the 30th in China, the 29th in UTC
  });

  it("accepts an investor on their 18th birthday", async () => {
    const investor = await newInvestor();
    await verifyInvestor(db, investor.id, verification(residentId("20081130")), null, NOW);
    expect(await db.investorProfile.findUnique({ where: { userId: investor.id } })).toMatchObject({ realName: "张三" });
  });

  it("judges age on today's business date when none is given (a 10-year-old today is refused)", async () => {
    const investor = await newInvestor();
    const tenYearsAgo = new Date();
    tenYearsAgo.setUTCFullYear(tenYearsAgo.getUTCFullYear() - 10);
    const birth = tenYearsAgo.toISOString().slice(0, 10).replaceAll("-", "");
    const error = await expectDomainError(verifyInvestor(db, investor.id, verification(residentId(birth)), null), "VALIDATION");
    expect(error.fieldErrors).toEqual({ idNumber: ["validation.residentIdUNDERAGE"] });
  });

  it("takes the minimum age from the platform setting", async () => {
    const twenty = residentId("20060101");
    await db.platformSetting.create({ data: { key: IDENTITY_RULES_KEY, value: { minimumInvestorAge: 21 } } });
    try {
      const investor = await newInvestor();
      const error = await expectDomainError(verifyInvestor(db, investor.id, verification(twenty), null, NOW), "VALIDATION");
      expect(error.fieldErrors).toEqual({ idNumber: ["validation.residentIdUNDERAGE"] });
      expect(error.params).toMatchObject({ minimumAge: 21 });
    } finally {
      await db.platformSetting.delete({ where: { key: IDENTITY_RULES_KEY } });
    }
    const investor = await newInvestor();
    await verifyInvestor(db, investor.id, verification(twenty), null, NOW);
  });
});

describe("real-name verification: the number as typed", () => {
  const idIssue = (idNumber: string) =>
    investorVerificationSchema.safeParse({ realName: "张三", idNumber, phone: "13812345678" }).error?.issues.map((i) => i.message);

  it("refuses region 000000, a non-province region 99xxxx and 30 February, each with its own message", () => {
    expect(idIssue(residentId("19900307", "000000"))).toEqual(["validation.residentIdREGION"]);
    expect(idIssue(residentId("19900307", "990101"))).toEqual(["validation.residentIdREGION"]);
    expect(idIssue(residentId("19900230"))).toEqual(["validation.residentIdBIRTH_DATE"]);
  });

  it("accepts full-width digits, spaces and a full-width x, and stores the folded number", async () => {
    let id = residentId("19900307");
    while (!id.endsWith("X")) id = residentId("19900307");
    const typed = `${toFullWidth(id.slice(0, 6))}\u3000${toFullWidth(id.slice(6, 14))} ${toFullWidth(id.slice(14).toLowerCase())}`;
    const input = verification(typed);
    expect(input.idNumber).toBe(id);

    const investor = await newInvestor();
    await verifyInvestor(db, investor.id, input, null, NOW);
    const profile = await db.investorProfile.findUniqueOrThrow({ where: { userId: investor.id } });
    expect(decryptPii(profile.idNumberCipher)).toBe(id);
    expect(profile.idNumberHash).toBe(hashPii(id));
    expect(profile.idNumberLast4).toBe(id.slice(-4));
  });

  it.each(["+86 138 1234 5678", "0086 138-1234-5678", "8613812345678", "＋８６ １３８ １２３４ ５６７８"])(
    "stores the phone %s as its 11 digits",
    async (phone) => {
      const investor = await newInvestor();
      await verifyInvestor(db, investor.id, verification(residentId("19900307"), phone), null, NOW);
      expect(await db.investorProfile.findUniqueOrThrow({ where: { userId: investor.id } })).toMatchObject({ phone: "13812345678" });
    },
  );

  it("refuses a landline or a foreign number as the investor's mobile, with the mobile message", () => {
    for (const phone of ["010-12345678", "+1 415 555 0100", "1381234567"]) {
      const result = investorVerificationSchema.safeParse({ realName: "张三", idNumber: residentId("19900307"), phone });
      expect(
        result.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`),
        phone,
      ).toEqual(["phone:validation.mobilePhone"]);
    }
  });
});

describe("company registration: credit codes", () => {
  const raw = (overrides: Record<string, string> = {}) => ({
    email: uniqueEmail("company"),
    password: PASSWORD,
    confirmPassword: PASSWORD,
    companyName: `Acme ${unique()}`,
    creditCode: validCreditCode(),
    legalRepresentative: "Li Si",
    contactPhone: "+86 138 1234 5678",
    industry: "Manufacturing",
    registeredCapital: "1000000",
    ...overrides,
  });
  const issues = (input: Record<string, string>) =>
    companyRegistrationSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`) ?? [];

  it("accepts a code typed in full width with spaces and stores it folded, with the phone as 11 digits", async () => {
    const code = validCreditCode();
    const input = companyRegistrationSchema.parse(
      raw({ creditCode: ` ${toFullWidth(code.slice(0, 9).toLowerCase())}　${toFullWidth(code.slice(9))}` }),
    );
    const created = await registerCompany(db, input);
    if (!created) throw new Error("a fresh company registers");
    const company = await db.company.findUniqueOrThrow({ where: { userId: created.id } });
    expect(company).toMatchObject({ creditCode: code, contactPhone: "13812345678", creditCodeChecksumUnverified: false });
  });

  it("refuses a code whose check character does not verify unless the company confirms it, creating nothing", async () => {
    const code = creditCodeWithWrongCheckCharacter();
    const input = raw({ creditCode: code });
    expect(issues(input)).toEqual([
      "creditCode:validation.creditCodeCHECK_CHARACTER",
      "creditCodeConfirmed:validation.creditCodeConfirmRequired",
    ]);
    // A confirmation of another code does not count.
    expect(issues({ ...input, creditCodeConfirmed: creditCodeWithWrongCheckCharacter() })).toEqual([
      "creditCode:validation.creditCodeCHECK_CHARACTER",
      "creditCodeConfirmed:validation.creditCodeConfirmRequired",
    ]);
    // The request comes at once, even when other fields fail too.
    expect(issues({ ...input, registeredCapital: "-1", email: "bad" })).toEqual(
      expect.arrayContaining([
        "creditCode:validation.creditCodeCHECK_CHARACTER",
        "creditCodeConfirmed:validation.creditCodeConfirmRequired",
      ]),
    );
    // Nor does a service call that skips the confirmation.
    const unconfirmed = { ...companyRegistrationSchema.parse({ ...input, creditCodeConfirmed: code }), creditCodeConfirmed: false };
    const error = await expectDomainError(registerCompany(db, unconfirmed), "VALIDATION");
    expect(error.fieldErrors).toEqual({ creditCode: ["validation.creditCodeCHECK_CHARACTER"] });
    expect(await db.company.count({ where: { creditCode: code } })).toBe(0);
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("other structural errors are refused even when confirmed", () => {
    const good = validCreditCode();
    const badRegion = `91990000${good.slice(8)}`;
    expect(issues(raw({ creditCode: badRegion, creditCodeConfirmed: badRegion }))).toEqual(["creditCode:validation.creditCodeSTRUCTURE"]);
    expect(issues(raw({ creditCode: `${good}1`, creditCodeConfirmed: `${good}1` }))).toEqual(["creditCode:validation.creditCodeLENGTH"]);
  });

  it("accepts a confirmed code as printed, flags the company, audits it and shows the flag to customer service", async () => {
    const code = creditCodeWithWrongCheckCharacter();
    // The confirmation carries the code as the form shows it; typed in another form it is the same code.
    const input = companyRegistrationSchema.parse(raw({ creditCode: code.toLowerCase(), creditCodeConfirmed: code }));
    expect(input.creditCodeConfirmed).toBe(true);
    const created = await registerCompany(db, input);
    if (!created) throw new Error("a fresh company registers");
    expect(created.company).toMatchObject({ creditCodeChecksumUnverified: true });

    const company = await db.company.findUniqueOrThrow({ where: { userId: created.id } });
    expect(company).toMatchObject({ creditCode: code, creditCodeChecksumUnverified: true, status: "INVALID" });
    expect(await db.auditLog.findMany({ where: { targetId: company.id } })).toMatchObject([
      { actorId: created.id, action: "COMPANY_CREDIT_CODE_CHECKSUM_CONFIRMED", targetType: "COMPANY", data: { creditCode: code } },
    ]);

    // Customer service sees the flag in the queue and on the verification page.
    await db.company.update({ where: { id: company.id }, data: { profileCompletedAt: new Date() } });
    const queue = await listCompanyVerificationQueue(db, 1, 100);
    expect(queue.items.find((c) => c.id === company.id)).toMatchObject({ creditCodeChecksumUnverified: true });
    expect((await getCompanyRecord(db, company.id)).company).toMatchObject({ creditCode: code, creditCodeChecksumUnverified: true });
  });

  it("a verified code is never flagged, with or without the box ticked", async () => {
    const code = validCreditCode();
    const created = await registerCompany(db, companyRegistrationSchema.parse(raw({ creditCode: code, creditCodeConfirmed: code })));
    if (!created) throw new Error("a fresh company registers");
    expect(await db.company.findUniqueOrThrow({ where: { userId: created.id } })).toMatchObject({ creditCodeChecksumUnverified: false });
    expect(await db.auditLog.count({ where: { actorId: created.id } })).toBe(0);
  });

  it("the company profile's contact phone accepts +86 and landlines", () => {
    const profile = (contactPhone: string) => companyProfileSchema.parse({ contactPhone, industry: "x", address: "y" }).contactPhone;
    expect(profile("0086 139 0000 0001")).toBe("13900000001");
    expect(profile("010-1234 5678")).toBe("01012345678");
    expect(companyProfileSchema.safeParse({ contactPhone: "12345", industry: "x", address: "y" }).error?.issues[0].message).toBe(
      "validation.phone",
    );
  });
});
