import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companyRegistrationSchema, investorRegistrationSchema, investorVerificationSchema } from "@/lib/schemas/accounts";
import { registerCompany } from "@/lib/server/accounts/register-company";
import { registerInvestor } from "@/lib/server/accounts/register-investor";
import { verifyInvestor } from "@/lib/server/accounts/verify-investor";
import type { Db } from "@/lib/server/db/types";
import { verifyPassword } from "@/lib/server/security/passwords";
import { decryptPii, hashPii } from "@/lib/server/security/pii";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { expectDomainError, unique, uniqueEmail, validCreditCode, validResidentId, validResidentIdEndingInX } from "./helpers";

let db: TestDatabase;
let prisma: Db;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(async () => {
  await db?.close();
});

const PASSWORD = "a long and unusual passphrase 2026";
// Each verification from its own client address, so the per-client limit never mixes tests.
const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

// Raw form input goes through the same zod schema as the server action before reaching the service.
const investorInput = (email: string, password = PASSWORD) =>
  investorRegistrationSchema.parse({ email, password, confirmPassword: password });

const companyInput = (overrides: Record<string, string> = {}) =>
  companyRegistrationSchema.parse({
    email: uniqueEmail("company"),
    password: PASSWORD,
    confirmPassword: PASSWORD,
    companyName: `Acme ${unique()}`,
    creditCode: validCreditCode(),
    legalRepresentative: "Li Si",
    contactPhone: "138 1234 5678",
    industry: "Manufacturing",
    registeredCapital: "1,000,000.50",
    ...overrides,
  });

const verificationInput = (idNumber: string, realName = "张三") =>
  investorVerificationSchema.parse({ realName, idNumber, phone: "13812345678" });

async function newInvestor() {
  const created = await registerInvestor(prisma, investorInput(uniqueEmail("investor")));
  if (!created) throw new Error("a fresh e-mail registers");
  return created;
}

describe("registerInvestor", () => {
  it("creates an INVESTOR whose password is stored only as an Argon2id hash", async () => {
    const email = uniqueEmail("alice");
    const created = await registerInvestor(prisma, investorInput(email));
    expect(created).toMatchObject({ email, role: "INVESTOR" });
    if (!created) return;

    const row = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ email, role: "INVESTOR", sessionVersion: 0, disabledAt: null, displayName: email.split("@")[0] });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(row.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, `${PASSWORD}x`)).toBe(false);
  });

  it("a second registration with the same e-mail creates nothing and changes nothing, without an error that would reveal the account", async () => {
    const email = uniqueEmail("dup");
    const first = await registerInvestor(prisma, investorInput(email));
    const before = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await registerInvestor(prisma, investorInput(email, "another fine passphrase"))).toBeNull();
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toEqual(before);
    expect(first?.id).toBe(before.id);
  });

  it("treats e-mail addresses case-insensitively: stored lower-case, a different case is the same account", async () => {
    const local = `Mixed.Case-${unique()}`;
    const created = await registerInvestor(prisma, investorInput(`  ${local}@Example.TEST `));
    expect(created?.email).toBe(`${local.toLowerCase()}@example.test`);

    expect(await registerInvestor(prisma, investorInput(`${local.toUpperCase()}@EXAMPLE.test`))).toBeNull();
    expect(await prisma.user.count({ where: { email: { equals: `${local}@example.test`, mode: "insensitive" } } })).toBe(1);
  });

  it("two registrations racing for one e-mail: exactly one account, the loser just gets null", async () => {
    const email = uniqueEmail("race");
    const results = await Promise.allSettled([
      registerInvestor(prisma, investorInput(email)),
      registerInvestor(prisma, investorInput(email, "a different passphrase 99")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const values = results.map((r) => (r as PromiseFulfilledResult<unknown>).value);
    expect(values.filter((v) => v === null)).toHaveLength(1);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("the schema rejects bad input before anything reaches the database", () => {
    const result = investorRegistrationSchema.safeParse({ email: "not-an-email", password: "short", confirmPassword: "other" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ email: "validation.email", password: "validation.passwordTOO_SHORT" });

    const common = investorRegistrationSchema.safeParse({ email: "a@b.test", password: "password123", confirmPassword: "password123" });
    expect(common.error?.issues.map((i) => i.message)).toEqual(["validation.passwordCOMMON"]);

    const mismatch = investorRegistrationSchema.safeParse({ email: "a@b.test", password: PASSWORD, confirmPassword: `${PASSWORD}!` });
    expect(mismatch.error?.issues).toMatchObject([{ path: ["confirmPassword"], message: "validation.passwordMismatch" }]);
  });
});

describe("verifyInvestor", () => {
  it("stores the ID number only encrypted, with a keyed hash and the last four characters", async () => {
    const investor = await newInvestor();
    const idNumber = validResidentId();
    await verifyInvestor(prisma, investor.id, verificationInput(idNumber), freshIp());

    const profile = await prisma.investorProfile.findUniqueOrThrow({ where: { userId: investor.id } });
    expect(profile).toMatchObject({ realName: "张三", phone: "13812345678", idNumberLast4: idNumber.slice(-4) });
    expect(profile.verifiedAt).toBeInstanceOf(Date);
    expect(profile.idNumberCipher).not.toBe(idNumber);
    expect(profile.idNumberCipher).not.toContain(idNumber);
    expect(profile.idNumberCipher).not.toContain(idNumber.slice(6, 14)); // not even the birth date
    expect(profile.idNumberCipher).toMatch(/^v1\./);
    expect(decryptPii(profile.idNumberCipher)).toBe(idNumber);
    expect(profile.idNumberHash).toBe(hashPii(idNumber));
    expect(profile.idNumberHash).not.toContain(idNumber);

    // Nothing anywhere in the row is the number in clear.
    const raw = await db.runner.query<Record<string, unknown>>(`SELECT * FROM "InvestorProfile" WHERE "userId" = $1`, [investor.id]);
    expect(JSON.stringify(raw.rows[0])).not.toContain(idNumber);
  });

  it("encrypts the same number differently each time (random IV), yet both decrypt to it", async () => {
    const idNumber = validResidentId();
    const [first, second] = [await newInvestor(), await newInvestor()];
    await verifyInvestor(prisma, first.id, verificationInput(idNumber), freshIp());
    const firstCipher = (await prisma.investorProfile.findUniqueOrThrow({ where: { userId: first.id } })).idNumberCipher;
    // The second account cannot take the number, so compare against a fresh encryption of the first profile instead.
    await prisma.investorProfile.delete({ where: { userId: first.id } });
    await verifyInvestor(prisma, second.id, verificationInput(idNumber), freshIp());
    const secondCipher = (await prisma.investorProfile.findUniqueOrThrow({ where: { userId: second.id } })).idNumberCipher;
    expect(secondCipher).not.toBe(firstCipher);
    expect(decryptPii(firstCipher)).toBe(idNumber);
    expect(decryptPii(secondCipher)).toBe(idNumber);
  });

  it("an ID number already verified on another account gets the neutral answer, leaving that account unverified", async () => {
    const idNumber = validResidentId();
    const [owner, other] = [await newInvestor(), await newInvestor()];
    await verifyInvestor(prisma, owner.id, verificationInput(idNumber), freshIp());

    const error = await expectDomainError(
      verifyInvestor(prisma, other.id, verificationInput(idNumber, "李四"), freshIp()),
      "VERIFICATION_FAILED",
    );
    // Nothing names the field or says the number is taken.
    expect(error.fieldErrors).toEqual({});
    expect(error.params).toEqual({});
    expect(await prisma.investorProfile.findUnique({ where: { userId: other.id } })).toBeNull();
    expect(await prisma.investorProfile.count({ where: { idNumberHash: hashPii(idNumber) } })).toBe(1);
  });

  it("two accounts racing to verify with one ID number: exactly one profile, the loser gets the neutral answer", async () => {
    const idNumber = validResidentId();
    const [first, second] = [await newInvestor(), await newInvestor()];
    const results = await Promise.allSettled([
      verifyInvestor(prisma, first.id, verificationInput(idNumber), freshIp()),
      verifyInvestor(prisma, second.id, verificationInput(idNumber, "李四"), freshIp()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.reason).toMatchObject({ code: "VERIFICATION_FAILED", fieldErrors: {} });
    expect(await prisma.investorProfile.count({ where: { idNumberHash: hashPii(idNumber) } })).toBe(1);
  });

  it("a lower-case x check character is the same number as an upper-case X", async () => {
    const idNumber = validResidentIdEndingInX();
    const [owner, other] = [await newInvestor(), await newInvestor()];
    await verifyInvestor(prisma, owner.id, verificationInput(idNumber.toLowerCase()), freshIp());
    const profile = await prisma.investorProfile.findUniqueOrThrow({ where: { userId: owner.id } });
    expect(decryptPii(profile.idNumberCipher)).toBe(idNumber);

    await expectDomainError(verifyInvestor(prisma, other.id, verificationInput(idNumber), freshIp()), "VERIFICATION_FAILED");
  });

  it("a verified investor cannot verify again with another number", async () => {
    const investor = await newInvestor();
    const idNumber = validResidentId();
    await verifyInvestor(prisma, investor.id, verificationInput(idNumber), freshIp());
    await expectDomainError(verifyInvestor(prisma, investor.id, verificationInput(validResidentId(), "王五"), freshIp()), "CONFLICT");
    const profile = await prisma.investorProfile.findUniqueOrThrow({ where: { userId: investor.id } });
    expect(decryptPii(profile.idNumberCipher)).toBe(idNumber);
    expect(profile.realName).toBe("张三");
  });

  it("the schema rejects an invalid ID number (wrong check character, impossible birth date, wrong length), naming the fault", () => {
    const good = validResidentId();
    const wrongCheck = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const badDate = "11010119990231" + "123"; // 31 February
    for (const [idNumber, message] of [
      [wrongCheck, "validation.residentIdCHECK_CHARACTER"],
      [`${badDate}X`, "validation.residentIdBIRTH_DATE"],
      [good.slice(0, 17), "validation.residentIdFORMAT"],
      [`${good}1`, "validation.residentIdFORMAT"],
      ["", "validation.required"],
    ]) {
      const result = investorVerificationSchema.safeParse({ realName: "张三", idNumber, phone: "13812345678" });
      expect(result.success, idNumber).toBe(false);
      expect(result.error?.issues).toMatchObject([{ path: ["idNumber"], message }]);
    }
  });
});

describe("registerCompany", () => {
  it("creates a COMPANY user with an INVALID company holding the submitted details", async () => {
    const input = companyInput();
    const created = await registerCompany(prisma, input);
    expect(created).toMatchObject({ email: input.email, role: "COMPANY", company: { status: "INVALID" } });
    if (!created) return;

    const company = await prisma.company.findUniqueOrThrow({ where: { userId: created.id } });
    expect(company).toMatchObject({
      name: input.companyName,
      creditCode: input.creditCode,
      contactPhone: "13812345678",
      registeredCapitalFen: 100_000_050n,
      status: "INVALID",
      activatedAt: null,
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
  });

  it("a credit code that is already registered creates neither user nor company, without an error that would reveal it", async () => {
    const first = companyInput();
    await registerCompany(prisma, first);
    // Typed in lower case with spaces around: still the same code.
    const second = companyInput({ creditCode: ` ${first.creditCode.toLowerCase()} ` });
    expect(second.creditCode).toBe(first.creditCode);

    const companiesBefore = await prisma.company.count();
    const usersBefore = await prisma.user.count();
    expect(await registerCompany(prisma, second)).toBeNull();
    expect(await prisma.user.count({ where: { email: second.email } })).toBe(0);
    expect(await prisma.company.count({ where: { creditCode: first.creditCode } })).toBe(1);
    expect(await prisma.company.count()).toBe(companiesBefore);
    expect(await prisma.user.count()).toBe(usersBefore);
  });

  it("two registrations racing for one credit code: one company, the loser gets null and no user", async () => {
    const first = companyInput();
    const second = companyInput({ creditCode: first.creditCode });
    const results = await Promise.allSettled([registerCompany(prisma, first), registerCompany(prisma, second)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(results.filter((r) => (r as PromiseFulfilledResult<unknown>).value === null)).toHaveLength(1);
    expect(await prisma.company.count({ where: { creditCode: first.creditCode } })).toBe(1);
    expect(await prisma.user.count({ where: { email: { in: [first.email, second.email] } } })).toBe(1);
  });

  it("a taken e-mail and a taken credit code together: nothing created", async () => {
    const first = companyInput();
    await registerCompany(prisma, first);
    const usersBefore = await prisma.user.count();
    expect(await registerCompany(prisma, companyInput({ email: first.email.toUpperCase(), creditCode: first.creditCode }))).toBeNull();
    expect(await prisma.user.count()).toBe(usersBefore);
  });

  it("an e-mail already used by an investor creates no company and leaves the investor as it was", async () => {
    const investor = await newInvestor();
    const input = companyInput({ email: investor.email });
    expect(await registerCompany(prisma, input)).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { email: investor.email } })).toMatchObject({ role: "INVESTOR" });
    expect(await prisma.company.count({ where: { creditCode: input.creditCode } })).toBe(0);
  });

  it("the schema rejects an invalid credit code and a negative or zero registered capital", () => {
    const base = companyInput();
    const raw = { ...base, creditCodeConfirmed: undefined, password: PASSWORD, confirmPassword: PASSWORD, registeredCapital: "100" };
    const badCode = base.creditCode.slice(0, 17) + (base.creditCode[17] === "0" ? "1" : "0");
    const messages = (overrides: Record<string, string>) =>
      companyRegistrationSchema.safeParse({ ...raw, ...overrides }).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(messages({ creditCode: badCode })).toEqual([
      "creditCode:validation.creditCodeCHECK_CHARACTER",
      "creditCodeConfirmed:validation.creditCodeConfirmRequired",
    ]);
    expect(messages({ creditCode: base.creditCode.slice(0, 17) })).toEqual(["creditCode:validation.creditCodeLENGTH"]);
    expect(messages({ registeredCapital: "-100" })).toEqual(["registeredCapital:validation.moneyNEGATIVE"]);
    expect(messages({ registeredCapital: "0" })).toEqual(["registeredCapital:validation.moneyTooSmall"]);
  });
});
