import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { residentIdCheckCharacter } from "@/lib/domain/identity/resident-id";
import { TOTP_PERIOD_SECONDS, totpCode, totpStep } from "@/lib/domain/mfa/totp";
import type { Role } from "@/lib/generated/prisma/enums";
import { type OpenDatabase, openDatabase } from "@/lib/server/db/open";
import { newTotpSecret } from "@/lib/server/mfa/generate";
import { hashPassword } from "@/lib/server/security/passwords";
import { encryptPii } from "@/lib/server/security/pii";
import { isStaffRole } from "@/lib/shared/roles";

export const E2E_PASSWORD = "e2e-correct-horse-42";

export interface TestUser {
  id: string;
  email: string;
  password: string;
  role: Role;
  displayName: string;
  /** Staff: the TOTP secret they are enrolled with (the fixture plays their authenticator app). */
  totpSecret?: string;
}

interface WorkerFixtures {
  database: OpenDatabase;
  passwordHash: string;
}

interface TestFixtures {
  /**
   * Creates a user of the given role, unique to this test, directly in the e2e database. Staff come enrolled
   * in TOTP with a random secret (`totpSecret`) unless `mfa: false`.
   */
  makeUser: (role: Role, overrides?: { companyStatus?: "INVALID" | "NORMAL"; mfa?: boolean }) => Promise<TestUser>;
  /** Logs in through the Auth.js HTTP API (no UI), sharing cookies with `page`; staff then enter a TOTP code. */
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
      const totpSecret = isStaffRole(role) && overrides.mfa !== false ? newTotpSecret() : undefined;
      const user = await database.prisma.user.create({
        data: {
          email,
          passwordHash,
          role,
          displayName,
          ...(totpSecret ? { staffMfa: { create: { secretEncrypted: encryptPii(totpSecret), confirmedAt: new Date() } } } : {}),
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
      return { id: user.id, email, password: E2E_PASSWORD, role, displayName, totpSecret };
    });
  },
  // Every test's browser gets a client address of its own (see useOwnClientIp), so throttling counters
  // (failed logins, registrations, verifications per client) never mix between tests.
  context: async ({ context }, use) => {
    await useOwnClientIp(context);
    await use(context);
  },
  loginAs: async ({ page }, use) => {
    await use(async (user) => logInUser(page, user));
  },
});

/** Password through the Auth.js API, then, for enrolled staff, a TOTP code on the verification page. */
export async function logInUser(page: Page, user: TestUser) {
  await loginThroughApi(page, user.email, user.password);
  if (user.totpSecret) await passSecondFactor(page, user.totpSecret);
}

// The server refuses a code for a time step already used (replay protection), so a second login of the same
// member within 30 s takes the next step's code (accepted: one step of clock drift) or waits for a new step.
const usedSteps = new Map<string, number>();

/** A TOTP code for `secret` that the server has not seen yet, as the member's app would show it. */
export async function freshTotpCode(secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const step = Math.max(totpStep(now), (usedSteps.get(secret) ?? Number.NEGATIVE_INFINITY) + 1);
    if (step <= totpStep(now) + 1) {
      usedSteps.set(secret, step);
      return totpCode(secret, step * TOTP_PERIOD_SECONDS * 1000);
    }
    await new Promise((resolve) => setTimeout(resolve, TOTP_PERIOD_SECONDS * 1000 - (now % (TOTP_PERIOD_SECONDS * 1000)) + 200));
  }
}

/** Completes the second login step at /login/mfa (opening it unless already there) and waits to be sent on. */
export async function passSecondFactor(page: Page, secret: string) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login/mfa")) await page.goto("/login/mfa");
  const form = page.getByTestId("mfa-verify-form");
  await waitForHydration(form);
  await form.locator('input[name="code"]').fill(await freshTotpCode(secret));
  await form.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login\/mfa/);
}

/**
 * Enrols TOTP on the enrolment page (/account/mfa, where a staff member without TOTP lands after the
 * password): reads the key shown beside the QR code, confirms with a code, and continues past the recovery
 * codes. Returns the secret and the recovery codes, like a person with an authenticator app and a pen.
 */
export async function enrolTotp(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/account/mfa")) await page.goto("/account/mfa");
  const secret = ((await page.getByTestId("mfa-secret").textContent()) ?? "").replace(/\s/g, "");
  const form = page.getByTestId("mfa-enrol-form");
  await waitForHydration(form);
  await form.locator('input[name="code"]').fill(await freshTotpCode(secret));
  await form.locator('button[type="submit"]').click();
  const list = page.getByTestId("mfa-recovery-codes");
  await expect(list.locator("li")).toHaveCount(10);
  const recoveryCodes = await list.locator("li").allTextContents();
  await page.getByTestId("mfa-continue").click();
  await expect(page).not.toHaveURL(/\/account\/mfa/);
  return { secret, recoveryCodes };
}

/**
 * After writing published projects (or the footer setting) straight into the database: visitors' pages are
 * cached (issue 9) and no event told the server, so ask it to build them afresh (a test-only route).
 */
export async function refreshPublicPages(request: import("@playwright/test").APIRequestContext) {
  const response = await request.post("/api/test/public-cache");
  expect(response.status(), "the test server refreshes its cached pages").toBe(204);
}

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
 * Gives this browser context a client address of its own, sent as X-Forwarded-For. TEST-ONLY: the e2e
 * server runs with TRUSTED_PROXY_HOPS=1 (playwright.config.ts) as if behind one proxy, so this header is
 * believed; a server with no proxy configured ignores it and uses the socket address (lib/server/auth/client-ip.ts).
 * Every e2e request otherwise comes from 127.0.0.1 and would share one per-client budget. The `context`
 * fixture calls this for every test; call it again for contexts a test creates itself.
 */
export async function useOwnClientIp(context: import("@playwright/test").BrowserContext) {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  const ip = `10.${octet()}.${octet()}.${octet()}`;
  await context.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  return ip;
}
