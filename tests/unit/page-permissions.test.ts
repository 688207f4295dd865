import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { machines } from "@/lib/domain/machines/catalogue";

// Issue 10 item 1: pages and components decide what to offer from lib/domain/permissions (availableEvents,
// offeredEvents, mayEditLoanDraft…) or lib/shared/capabilities, never by comparing a status, a role or a
// maker themselves. Display-only comparisons (a banner per status, a label per role) are listed below with
// their reason; any other match fails, and so does a listed one that is gone.
const root = join(__dirname, "../..");

/** Every status of every machine: a quoted one in an array literal is a page's own status list. */
const STATUSES = [...new Set(Object.values(machines).flatMap((entry) => Object.keys(entry.machine.states)))];

const PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: "status compared with a literal", pattern: /\b\w*[sS]tatus\s*[!=]==?\s*["'`]|["'`][A-Z_]+["'`]\s*[!=]==?\s*[\w.?]*[sS]tatus\b/ },
  { name: "status looked up in a list", pattern: /(\.(includes|indexOf)|(?<!\bt\w*)\.has)\(\s*[\w.?]*[sS]tatus\s*\)/ },
  { name: "a list of statuses", pattern: new RegExp(`\\[[^\\]]*["'](${STATUSES.join("|")})["']`) },
  { name: "role compared with a literal", pattern: /\b\w*[rR]ole\s*[!=]==?\s*["'`]|["'`][A-Z_]+["'`]\s*[!=]==?\s*[\w.?]*[rR]ole\b/ },
  { name: "role looked up in a list", pattern: /(\.(includes|indexOf)|(?<!\bt\w*)\.has)\(\s*[\w.?]*[rR]ole\s*\)/ },
  {
    name: "maker, checker or reviewer compared",
    pattern: /\b(makerId|checkerId|passedById|actorId)\s*[!=]==?|[!=]==?\s*[\w.?]*\b(makerId|checkerId|passedById)\b/,
  },
];

/** Display-only comparisons: `excerpt` is part of the matching line. */
const DISPLAY_ONLY: Record<string, { excerpt: string; why: string }[]> = {
  "app/[locale]/(per-user)/admin/audit/page.tsx": [{ excerpt: 'role === "SYSTEM" ? t(', why: "the filter's label for system actions" }],
  "app/[locale]/(per-user)/company/profile/page.tsx": [
    { excerpt: 'if (status !== "INVALID") return', why: "the verification banner's wording" },
  ],
  "app/[locale]/(per-user)/company/page.tsx": [
    { excerpt: '{company.status === "INVALID" && (', why: "the verification notice's wording" },
    { excerpt: '{company.status !== "INVALID" && !companyMayBorrow', why: "the cannot-borrow notice's wording" },
  ],
  "app/[locale]/(per-user)/activate/[token]/page.tsx": [
    { excerpt: 'invitation.status === "VALID"', why: "an invitation link's validity, not who acts (the token is the credential)" },
  ],
  "app/[locale]/(public)/loans/[id]/page.tsx": [
    {
      excerpt: 'const open = project.status === "FUNDRAISING"',
      why: "the public page's countdown and sign-up prompt, for no one in particular",
    },
  ],
  "components/loans/project-card-view.ts": [
    { excerpt: 'const open = project.status === "FUNDRAISING"', why: "the project card's countdown" },
  ],
  "components/layout/session-links.tsx": [
    { excerpt: 'user.role === "INVESTOR" || user.role === "COMPANY"', why: "the account link's label" },
  ],
};

/** Page and component sources; actions.ts files have their own test (permission-source.test.ts). */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !/(^|-)actions\.ts$/.test(entry.name) ? [path] : [];
  });

/** Every line of `source` that looks like a permission decision: [line number, pattern name, line]. */
function findPermissionConditions(source: string): [number, string, string][] {
  return source
    .split("\n")
    .flatMap((line, index) =>
      PATTERNS.filter(({ pattern }) => pattern.test(line)).map(({ name }): [number, string, string] => [index + 1, name, line.trim()]),
    );
}

describe("pages decide what to offer from the one permission source", () => {
  const files = [...sources(join(root, "app")), ...sources(join(root, "components"))];
  const findings = files.flatMap((file) =>
    findPermissionConditions(readFileSync(file, "utf8")).map((found) => ({ file: relative(root, file), found })),
  );

  it("finds the pages and components", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(STATUSES).toEqual(expect.arrayContaining(["DRAFT", "PENDING_FINAL_REVIEW", "INVALID", "PENDING"]));
  });

  it("recognises the conditions it is meant to refuse", () => {
    const refused = [
      'const WITHDRAWABLE = ["DRAFT", "PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW"];',
      "{WITHDRAWABLE.includes(project.status) && <WithdrawLoanRequestButton projectId={project.id} />}",
      '{project.status === "DRAFT" && (',
      'if (project.status !== "DRAFT") redirect(backToProject);',
      'const canAct = user.role === "CUSTOMER_SERVICE" && awaitingVerification(company) && !pending;',
      "{request.makerId === user.id ? (",
      '["CUSTOMER_SERVICE", "SUPERVISOR"].includes(user.role)',
      '"PENDING" === request.status',
    ];
    for (const line of refused) expect(findPermissionConditions(line), line).not.toEqual([]);
    const allowed = [
      'const events = offeredEvents("LOAN_PROJECT", project, user, OFFERED);',
      "<LoanStatusBadge status={project.status} t={tLoans} />",
      'const user = await requirePageRole(["CUSTOMER_SERVICE", "SUPERVISOR"], returnTo);',
      "{tStatus.has(row.fromStatus) && tStatus(row.fromStatus)}",
      'const statusLabel = tc("status." + company.status);',
    ];
    for (const line of allowed) expect(findPermissionConditions(line), line).toEqual([]);
    const stillRefused = ["STAFF.has(session.role)", "OPEN.has(project.status)"];
    for (const line of stillRefused) expect(findPermissionConditions(line), line).not.toEqual([]);
  });

  it("no page or component compares a status, role or maker to decide what to offer", () => {
    const unexplained = findings.filter(
      ({ file, found: [, , line] }) => !(DISPLAY_ONLY[file] ?? []).some(({ excerpt }) => line.includes(excerpt)),
    );
    expect(unexplained.map(({ file, found: [number, name, line] }) => `${file}:${number} ${name}: ${line}`)).toEqual([]);
  });

  it("every display-only exception still exists", () => {
    for (const [file, entries] of Object.entries(DISPLAY_ONLY)) {
      for (const { excerpt } of entries) {
        expect(
          findings.some((finding) => finding.file === file && finding.found[2].includes(excerpt)),
          `${file}: ${excerpt}`,
        ).toBe(true);
      }
    }
  });
});
