/**
 * `npm run lighthouse`: Lighthouse (accessibility and best practices) on five pages of the production build,
 * each of which must score 100 in both categories (issue 8's "done when"). Exits 1 otherwise, printing every
 * failing audit with the elements or requests it names, so a regression is fixed without opening a report.
 * Also measures performance on the three visitors' pages as a phone and prints it against issue 9's target of
 * 95 (reported, not enforced: not reached on the 2-core machines this runs on, where even a bare Next.js page
 * scores 90-92; bench/RESULTS.md, "Lighthouse"). Performance is Lighthouse's mobile default (simulated slow 4G,
 * a 390 px phone) with the CPU slowdown calibrated to this machine as Lighthouse's documentation says to
 * (scripts/lighthouse-cpu.mjs), the median of PERFORMANCE_RUNS runs, audited first, before any signed-in page,
 * so that no session cookie of the browser reaches it.
 *
 * What it runs: a fresh embedded database (PGlite, in a temporary directory) with the demo data, a staff member
 * enrolled in TOTP created beside it, `next start` on LIGHTHOUSE_PORT (default 3216; `next build` first when
 * .next/BUILD_ID is missing), then Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) driven by the
 * Lighthouse Node API. The staff page is audited with the session cookie obtained through the real login form
 * and second-factor step. LIGHTHOUSE_FORM_FACTORS=mobile,desktop (the default) chooses the emulations.
 * The audits themselves run in scripts/lighthouse-audit.mjs (plain Node; see there why).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { chromium } from "@playwright/test";
import type { Result } from "lighthouse";
import { totpCode } from "@/lib/domain/mfa/totp";
import { openDatabase } from "@/lib/server/db/open";
import { newTotpSecret } from "@/lib/server/mfa/generate";
import { hashPassword } from "@/lib/server/security/passwords";
import { encryptPii } from "@/lib/server/security/pii";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3216);
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const formFactors = (process.env.LIGHTHOUSE_FORM_FACTORS ?? "mobile,desktop").split(",").map((f) => f.trim()) as ("mobile" | "desktop")[];
if (formFactors.some((f) => f !== "mobile" && f !== "desktop")) throw new Error("LIGHTHOUSE_FORM_FACTORS lists mobile and/or desktop");
const CATEGORIES = ["accessibility", "best-practices"] as const;
/** Issue 9's target for visitors' pages as a phone. */
const PERFORMANCE_MIN = 95;
/** Runs per page, of which the median counts (Lighthouse's variability guide). */
// Five, as Lighthouse's variability guide advises for a median (docs/variability.md): three swung by 8 points here.
const PERFORMANCE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const STAFF_EMAIL = "lighthouse-cs@demo.lend";
const STAFF_PASSWORD = "lighthouse-pass-2026";

// Fixed keys for a throwaway database: the seed (this process and a child) and the server must share them.
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: `pglite:${mkdtempSync(path.join(os.tmpdir(), "lighthouse-db-"))}`,
  AUTH_SECRET: "lighthouse-auth-secret-not-for-production-0123",
  PII_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString("base64"),
  PII_HASH_KEY: Buffer.alloc(32, 6).toString("base64"),
  PORT: String(port),
};
Object.assign(process.env, { PII_ENCRYPTION_KEY: serverEnv.PII_ENCRYPTION_KEY, PII_HASH_KEY: serverEnv.PII_HASH_KEY });
const dataDir = (serverEnv.DATABASE_URL ?? "").slice("pglite:".length);
const chromeProfileDir = mkdtempSync(path.join(os.tmpdir(), "lighthouse-chrome-"));

const children: ChildProcess[] = [];
function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(chromeProfileDir, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, env: serverEnv, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with status ${result.status}`);
}

/** A customer-service member enrolled in TOTP, and a published project's id (both from the fresh database). */
async function prepareDatabase(): Promise<{ totpSecret: string; projectId: string }> {
  const db = await openDatabase({ kind: "pglite", dataDir });
  try {
    const totpSecret = newTotpSecret();
    await db.prisma.user.create({
      data: {
        email: STAFF_EMAIL,
        passwordHash: await hashPassword(STAFF_PASSWORD),
        role: "CUSTOMER_SERVICE",
        displayName: "Lighthouse CS",
        staffMfa: { create: { secretEncrypted: encryptPii(totpSecret), confirmedAt: new Date() } },
      },
    });
    const project = await db.prisma.loanProject.findFirst({ where: { status: "FUNDRAISING" }, orderBy: { publishedAt: "desc" } });
    if (!project) throw new Error("The demo data has no published project to audit.");
    return { totpSecret, projectId: project.id };
  } finally {
    await db.close();
  }
}

/** Whether anything answers on the port: a server left from an earlier run would be audited (and logged into) instead. */
const portAnswers = () =>
  fetch(`${origin}/api/health`).then(
    () => true,
    () => false,
  );

async function startServer() {
  for (let attempt = 0; (await portAnswers()) && attempt < 60; attempt++) await new Promise((resolve) => setTimeout(resolve, 500));
  if (await portAnswers()) throw new Error(`Something already answers on ${origin}: stop it, or choose another LIGHTHOUSE_PORT.`);
  // Node itself rather than npx, so that stopping this process stops the server.
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: serverEnv,
    stdio: "ignore",
  });
  children.push(server);
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with status ${server.exitCode} (is port ${port} free?)`);
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer ${origin}/api/health within 2 minutes.`);
}

/** Logs in through the login form and the TOTP step, as a person would; returns the Cookie header of the session. */
async function staffSessionCookie(totpSecret: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ baseURL: origin, javaScriptEnabled: false });
    await page.goto("/login");
    await page.locator('main form input[name="email"]').fill(STAFF_EMAIL);
    await page.locator('main form input[name="password"]').fill(STAFF_PASSWORD);
    await Promise.all([page.waitForURL(/\/login\/mfa/), page.locator('main form [type="submit"]').first().click()]);
    await page.locator('input[name="code"]').fill(totpCode(totpSecret, Date.now()));
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith("/login")),
      page.locator('main form [type="submit"]').first().click(),
    ]).catch(async (error: unknown) => {
      const said = await page
        .locator("main")
        .textContent()
        .catch(() => "(no page)");
      throw new Error(`The staff login's second step did not pass (${page.url()}): ${(said ?? "").replace(/\s+/g, " ").slice(0, 400)}`, {
        cause: error,
      });
    });
    const cookies = await page.context().cookies(origin);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/** Debian's Chromium with a DevTools port for Lighthouse (the flags the toolchain notes found to work here). */
async function launchChrome(): Promise<number> {
  const chrome = spawn(
    chromePath,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--no-first-run",
      "--remote-debugging-port=0",
      `--user-data-dir=${chromeProfileDir}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  children.push(chrome);
  return new Promise((resolve, reject) => {
    let output = "";
    chrome.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    chrome.on("exit", (code) => reject(new Error(`Chromium exited with status ${code}:\n${output}`)));
  });
}

interface PageToAudit {
  name: string;
  path: string;
  cookie?: string;
}

/** One line per failing element or request of an audit: what a developer needs to find it. */
function describeItems(details: unknown): string[] {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items.slice(0, 10).map((item) => {
    const node = item.node as { selector?: string; snippet?: string; explanation?: string } | undefined;
    if (node) return [node.selector, node.snippet, node.explanation?.replace(/\s+/g, " ")].filter(Boolean).join("  |  ");
    const location = (item.sourceLocation as { url?: string } | undefined)?.url;
    const parts = [...["source", "description", "url", "value", "directive", "severity"].map((key) => item[key]), location].filter(
      (v) => typeof v === "string" && v !== "",
    );
    return parts.length > 0 ? parts.join("  |  ") : JSON.stringify(item).slice(0, 300);
  });
}

function failures(lhr: Result, categories: readonly string[]): string[] {
  const lines: string[] = [];
  for (const id of categories) {
    const category = lhr.categories[id];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score === 1) continue;
      lines.push(`  [${id}] ${audit.id}: ${audit.title}`);
      for (const item of describeItems(audit.details)) lines.push(`      - ${item}`);
    }
  }
  if (lhr.runtimeError) lines.push(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lines;
}

/**
 * Prints a performance audit's score against the target and, below it, the audits that cost points. Only a
 * failed audit fails the run: the score itself is reported (see the note at the top).
 */
function reportPerformance(lhr: Result, page: PageToAudit): boolean {
  const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
  const ok = score >= PERFORMANCE_MIN && !lhr.runtimeError;
  const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
    .map((id) => `${id.replace(/-/g, " ")} ${lhr.audits[id]?.displayValue ?? "?"}`)
    .join(", ");
  const cpu = `CPU ×${lhr.configSettings.throttling.cpuSlowdownMultiplier} from the median benchmark index of all runs; this run read ${Math.round(lhr.environment.benchmarkIndex)}`;
  console.log(
    `${ok ? "ok  " : "LOW "} mobile  ${page.name.padEnd(14)} ${page.path.padEnd(44)} performance ${score}, target ${PERFORMANCE_MIN} (${metrics}; ${cpu})`,
  );
  if (!ok) for (const line of failures(lhr, ["performance"])) console.log(line);
  return !lhr.runtimeError;
}

/** Prints one page's scores and failing audits; true when both categories score 100. */
function report(lhr: Result, page: PageToAudit, formFactor: string): boolean {
  const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
  const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
  const problems = failures(lhr, CATEGORIES);
  if (finalPath !== page.path)
    problems.unshift(`  ended on ${finalPath} instead of ${page.path} (redirected: is the session cookie accepted?)`);
  const ok = problems.length === 0 && scores.every((s) => s === 100);
  console.log(
    `${ok ? "ok  " : "FAIL"} ${formFactor.padEnd(7)} ${page.name.padEnd(14)} ${page.path.padEnd(44)} accessibility ${scores[0]}  best-practices ${scores[1]}`,
  );
  for (const line of problems) console.log(line);
  return ok;
}

const startedAt = Date.now();
const elapsed = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) run("npx", ["next", "build"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  const { totpSecret, projectId } = await prepareDatabase();
  await startServer();
  const cookie = await staffSessionCookie(totpSecret);
  console.log(`Server on ${origin} with demo data and a staff session (${elapsed()}); auditing ${formFactors.join(" and ")}.`);
  const pages: PageToAudit[] = [
    { name: "home", path: "/" },
    { name: "listings", path: "/loans" },
    { name: "project", path: `/loans/${projectId}` },
    { name: "login", path: "/login" },
    { name: "staff queue", path: "/admin/reviews/preliminary", cookie },
  ];
  const chromePort = await launchChrome();
  const jobs: { page: PageToAudit; formFactor: "mobile" | "desktop"; categories: readonly string[]; runs?: number }[] = [
    // Performance of the cached visitors' pages first, each visited once before so that the audit sees the
    // cache, and before the staff page, whose session cookie the browser would otherwise keep and send.
    ...pages.slice(0, 3).map((page) => ({ page, formFactor: "mobile" as const, categories: ["performance"], runs: PERFORMANCE_RUNS })),
    ...formFactors.flatMap((formFactor) => pages.map((page) => ({ page, formFactor, categories: CATEGORIES }))),
  ];
  for (const page of pages.slice(0, 3)) await fetch(`${origin}${page.path}`);
  const auditor = spawn(process.execPath, [path.join(root, "scripts", "lighthouse-audit.mjs")], {
    cwd: root,
    stdio: ["pipe", "pipe", "inherit"],
  });
  children.push(auditor);
  auditor.stdin.end(
    JSON.stringify({
      port: chromePort,
      jobs: jobs.map(({ page, formFactor, categories, runs }) => ({
        url: `${origin}${page.path}`,
        formFactor,
        cookie: page.cookie,
        categories,
        runs,
      })),
    }),
  );
  let allPassed = true;
  let done = 0;
  for await (const line of createInterface({ input: auditor.stdout })) {
    const job = jobs[done++];
    const lhr = JSON.parse(line) as Result;
    const passed = job.categories.includes("performance") ? reportPerformance(lhr, job.page) : report(lhr, job.page, job.formFactor);
    allPassed = passed && allPassed;
  }
  const status = auditor.exitCode ?? (await new Promise<number | null>((resolve) => auditor.on("exit", resolve)));
  if (status !== 0 || done !== jobs.length)
    throw new Error(`The Lighthouse runner stopped after ${done} of ${jobs.length} audits (status ${status}).`);
  console.log(
    allPassed
      ? `\nLighthouse: every page scores 100 in accessibility and best practices; performance as printed (${elapsed()}).`
      : `\nLighthouse: some pages score below 100 (${elapsed()}); the failing audits are listed under each page.`,
  );
  return allPassed;
}

main()
  .then((passed) => {
    cleanUp();
    process.exit(passed ? 0 : 1);
  })
  .catch((error) => {
    console.error(error);
    cleanUp();
    process.exit(1);
  });
