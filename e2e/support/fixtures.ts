import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { residentIdCheckCharacter } from "@/lib/domain/identity/resident-id";
import type { Role } from "@/lib/generated/prisma/enums";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import { hashPassword } from "@/lib/server/security/passwords";

export const E2E_PASSWORD = "e2e-correct-horse-42";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  displayName: string;
}

interface WorkerFixtures {
  database: OpenDatabase;
  passwordHash: string;
}

interface TestFixtures {
  /** Creates a user of the given role, unique to this test, directly in the e2e database. */
  makeUser: (role: Role, overrides?: { companyStatus?: "INVALID" | "NORMAL" }) => Promise<TestUser>;
  /** Logs in through the Auth.js HTTP API (no UI), sharing cookies with `page`. */
  loginAs: (user: TestUser) => Promise<void>;
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID().slice(0, 8)}@e2e.test`;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  database: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => {
      const url = process.env.E2E_DATABASE_URL;
      if (!url) throw new Error("E2E_DATABASE_URL is set by playwright.config.ts");
      const database = await openDatabase({ kind: "postgres", url }, { poolSize: 3 });
      await use(database);
      await database.close();
    },
    { scope: "worker" },
  ],
  passwordHash: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring pattern.
    async ({}, use) => use(await hashPassword(E2E_PASSWORD)),
    { scope: "worker" },
  ],
  makeUser: async ({ database, passwordHash }, use) => {
    await use(async (role, overrides = {}) => {
      const email = uniqueEmail(role.toLowerCase().replace("_", "-"));
      const displayName = `${role} ${email.slice(-14, -9)}`;
      const user = await database.prisma.user.create({
        data: {
          email,
          passwordHash,
          role,
          displayName,
          ...(role === "COMPANY"
            ? {
                company: {
                  create: {
                    name: `E2E 公司 ${randomUUID().slice(0, 6)}`,
                    creditCode: randomCreditCode(),
                    legalRepresentative: "测试",
                    contactPhone: "13900000000",
                    industry: "测试",
                    registeredCapitalFen: 100_000_000n,
                    status: overrides.companyStatus ?? "INVALID",
                  },
                },
              }
            : {}),
        },
      });
      return { id: user.id, email, password: E2E_PASSWORD, role, displayName };
    });
  },
  loginAs: async ({ page }, use) => {
    await use(async (user) => loginThroughApi(page, user.email, user.password));
  },
});

export async function loginThroughApi(page: Page, email: string, password: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password },
    maxRedirects: 0,
  });
  expect(response.status(), "login through the API redirects").toBe(302);
  expect(response.headers().location ?? "", "login succeeded").not.toContain("error");
}

/** A syntactically valid unified social credit code (GB 32100 check character) that is unique per call. */
function randomCreditCode(): string {
  const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let body = "91110000"; // enterprise (9, 1), Beijing: a structure lib/domain/identity/credit-code.ts accepts
  for (let i = 0; i < 9; i++) body += charset[Math.floor(Math.random() * 31)];
  const sum = [...body].reduce((acc, c, i) => acc + charset.indexOf(c) * weights[i], 0);
  return body + charset[(31 - (sum % 31)) % 31];
}

/** A valid resident ID number (real birth date, correct check character) unique enough per test. */
export function randomResidentId(): string {
  const region = "110101";
  const birth = `19${String(60 + Math.floor(Math.random() * 40))}${String(1 + Math.floor(Math.random() * 12)).padStart(2, "0")}${String(
    1 + Math.floor(Math.random() * 28),
  ).padStart(2, "0")}`;
  const sequence = String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const first17 = region + birth + sequence;
  return first17 + residentIdCheckCharacter(first17);
}

export { expect };

/**
 * Waits until React has hydrated the element (it then carries React's internal keys), so a submit goes
 * through the client-side action handler instead of a native pre-hydration post.
 */
export async function waitForHydration(locator: import("@playwright/test").Locator) {
  await expect
    .poll(() => locator.evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber$"))), {
      message: "the element is hydrated",
    })
    .toBe(true);
}

/** Logs in through the login form of the UI (labels in the current locale, zh-CN by default). */
export async function loginThroughForm(
  page: Page,
  email: string,
  password: string,
  labels = { email: "电子邮箱", password: "密码", submit: "登录" },
) {
  const form = page.locator("main form");
  await waitForHydration(form);
  await form.getByLabel(labels.email).fill(email);
  await form.getByLabel(labels.password, { exact: true }).fill(password);
  await form.getByRole("button", { name: labels.submit }).click();
}

/**
 * Gives this browser context a client address of its own (X-Forwarded-For, read by lib/server/auth/client-ip.ts).
 * Every e2e request otherwise comes from 127.0.0.1, and failed logins count against one shared per-address
 * limit (30 per 15 minutes): tests that fail logins on purpose use this so they cannot lock out the others.
 */
export async function useOwnClientIp(context: import("@playwright/test").BrowserContext) {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  const ip = `10.${octet()}.${octet()}.${octet()}`;
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  return ip;
}
