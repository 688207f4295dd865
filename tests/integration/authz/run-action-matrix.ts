import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient, User } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROOT } from "@/tests/authz/inventory";
import { CALLERS, type Caller, MATRIX, type MatrixRow, type Outcome, splitActionTarget } from "@/tests/authz/matrix";
import { createCompany, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { ACTION_FORMS, toFormData } from "./action-forms";
import { databaseDigest, framework, observeAction, sessionFacts, signInAs } from "./framework";

/** A signed-in person of this role as the factories make them; a company user comes with an unverified company. */
export async function makePerson(db: PrismaClient, role: Role): Promise<User> {
  const user = await createUser(db, { role });
  if (role === "COMPANY") await createCompany(db, { userId: user.id, status: "INVALID" });
  // The server-side session the fake session names (framework.ts sessionFacts), second factor passed for staff.
  const facts = sessionFacts(user);
  await db.authSession.create({
    data: {
      id: String(facts.sid),
      userId: user.id,
      expiresAt: new Date(Date.now() + 3_600_000),
      mfaVerifiedAt: facts.mfa === "VERIFIED" ? new Date() : null,
    },
  });
  return user;
}

type Action = (...args: unknown[]) => Promise<unknown>;

/** The stored upload files (UPLOAD_DIR), so a refused call can be shown to have written none. */
const storedFiles = () => (process.env.UPLOAD_DIR ? readdirSync(process.env.UPLOAD_DIR, { recursive: true }).map(String).sort() : []);

async function loadAction(target: string): Promise<Action> {
  const { module, name } = splitActionTarget(target);
  const loaded = (await import(/* @vite-ignore */ path.join(ROOT, module))) as Record<string, unknown>;
  const action = loaded[name];
  if (typeof action !== "function") throw new Error(`${target} is not an exported function`);
  return action as Action;
}

/**
 * Calls one action directly, as `caller` (or, with `otherOwner`, as a second user of the owner role using the
 * first one's record), and checks the outcome: refusals must leave every table as it was; allowed calls must
 * get past authorization and do their job (an ok result or a redirect onwards).
 */
async function checkCall(db: PrismaClient, row: MatrixRow, caller: Caller, expected: Outcome, otherOwner = false) {
  const form = ACTION_FORMS[row.target];
  if (!form) throw new Error(`tests/integration/authz/action-forms.ts has no form for ${row.target}`);
  const action = await loadAction(row.target);

  const person = caller === "ANONYMOUS" ? null : await makePerson(db, caller);
  const ownerOf = async (role: Role) => (person && person.role === role && !otherOwner ? person : makePerson(db, role));
  const formData = toFormData(await form.fields({ db, caller: person, ownerOf }));

  const before = await databaseDigest(db);
  const filesBefore = storedFiles();
  signInAs(person);
  let result: unknown;
  let thrown: unknown;
  try {
    // Form actions take (previousState, formData); plain ones (language switch) take the form only.
    result = action.length === 1 ? await action(formData) : await action(null, formData);
  } catch (error) {
    thrown = error;
  } finally {
    signInAs(null);
  }
  const observed = observeAction(result, thrown);
  expect(observed.outcome, observed.detail).toBe(expected);
  if (expected === "ok") {
    if (form.expectSuccess !== false) expect(observed.succeeded, `the allowed call should succeed: ${observed.detail}`).toBe(true);
  } else {
    const after = await databaseDigest(db);
    expect(
      Object.keys(before).filter((table) => before[table] !== after[table]),
      "tables changed by a refused call",
    ).toEqual([]);
    expect(storedFiles(), "files stored by a refused call").toEqual(filesBefore);
  }
}

/** The matrix's action rows whose module matches, each called as every caller and as another owner. */
export function describeActionMatrix(title: string, includeModule: (module: string) => boolean) {
  const rows = MATRIX.filter((r) => r.kind === "action" && includeModule(splitActionTarget(r.target).module));

  describe(title, () => {
    let database: TestDatabase;
    let uploads: string;
    beforeAll(async () => {
      database = await createTestDatabase();
      framework.db = database.prisma;
      uploads = mkdtempSync(path.join(tmpdir(), "authz-uploads-"));
      process.env.UPLOAD_DIR = uploads;
    });
    afterAll(async () => {
      await database?.close();
      rmSync(uploads, { recursive: true, force: true });
    });

    it("has actions to check", () => {
      expect(rows.length).toBeGreaterThan(0);
    });

    for (const row of rows) {
      describe(row.target, () => {
        for (const caller of CALLERS) {
          it(`as ${caller}: ${row.expect[caller]}`, () => checkCall(database.prisma, row, caller, row.expect[caller]));
        }
        const other = row.otherOwner;
        if (other) {
          it(`as another ${other.role} using someone else's ${other.record}: ${other.outcome}`, () =>
            checkCall(database.prisma, row, other.role, other.outcome, true));
        }
      });
    }
  });
}

/** Which test file checks which actions: together they take every action row (see actions-*.test.ts). */
export const ACTION_GROUPS = {
  company: (module: string) => module.startsWith("app/[locale]/(per-user)/company/"),
  staff: (module: string) => module.startsWith("app/[locale]/(per-user)/admin/"),
  others: (module: string) =>
    !module.startsWith("app/[locale]/(per-user)/company/") && !module.startsWith("app/[locale]/(per-user)/admin/"),
};
