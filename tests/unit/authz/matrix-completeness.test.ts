import { describe, expect, it } from "vitest";
import { readInventory } from "@/tests/authz/inventory";
import { CALLERS, MATRIX, type MatrixRow } from "@/tests/authz/matrix";

const inventory = readInventory();
const targets = (kind: MatrixRow["kind"]) => MATRIX.filter((r) => r.kind === kind).map((r) => r.target);
/** What code each row stands for: its target, or the route pattern it is one concrete URL of. */
const patterns = (kind: MatrixRow["kind"]) => MATRIX.filter((r) => r.kind === kind).map((r) => r.instanceOf ?? r.target);
const HINT = "every page, route handler and server action needs one row in tests/authz/matrix.ts (and no row may outlive its code)";

describe("the authorization matrix covers the code base", () => {
  it.each([
    ["page", inventory.pages],
    ["route", inventory.routes],
    ["action", inventory.actions],
  ] as const)("every %s has exactly one row, and every row has its code", (kind, found) => {
    const rows = targets(kind);
    const covered = patterns(kind);
    const inCode = found.map((f) => f.target);
    expect(
      { withoutRow: inCode.filter((t) => !covered.includes(t)), withoutCode: covered.filter((t) => !inCode.includes(t)) },
      HINT,
    ).toEqual({
      withoutRow: [],
      withoutCode: [],
    });
    expect(
      rows.filter((t, i) => rows.indexOf(t) !== i),
      "duplicate rows",
    ).toEqual([]);
  });

  it("finds the code it is meant to find (the enumeration itself works)", () => {
    expect(inventory.pages.map((p) => p.target)).toEqual(
      expect.arrayContaining(["/", "/login", "/loans/[id]", "/company/loans/[id]/edit"]),
    );
    expect(inventory.routes.map((r) => r.target)).toEqual(
      expect.arrayContaining(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]"]),
    );
    expect(inventory.actions.map((a) => a.target)).toContain("app/[locale]/(per-user)/(auth)/register/actions.ts#registerInvestorAction");
    expect(inventory.actions.length).toBeGreaterThanOrEqual(25);
  });

  it('has no inline "use server" functions, which the matrix could not list', () => {
    expect(inventory.inlineServerFunctions, 'move server functions into a "use server" module (e.g. actions.ts)').toEqual([]);
  });

  it("gives every row an outcome for every caller", () => {
    for (const row of MATRIX) expect(Object.keys(row.expect).sort(), row.target).toEqual([...CALLERS].sort());
  });

  it('uses "redirect" for pages only (an action that redirects onwards is "ok")', () => {
    for (const row of MATRIX.filter((r) => r.kind !== "page")) expect(Object.values(row.expect), row.target).not.toContain("redirect");
  });

  it("gives an other-owner outcome only to rows whose owner role is allowed", () => {
    for (const row of MATRIX.filter((r) => r.otherOwner)) expect(row.expect[row.otherOwner?.role ?? "ANONYMOUS"], row.target).toBe("ok");
  });
});
