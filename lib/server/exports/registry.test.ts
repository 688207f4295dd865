import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { ALL_ROLES } from "@/lib/shared/roles";
import { MATRIX } from "@/tests/authz/matrix";
import { EXPORT_KEYS, EXPORTS, exportEntry, isExportKey } from "./registry";

const ROUTE = "GET /api/admin/exports/[list]";

describe("the staff export registry", () => {
  it("has one entry per key, each key once, and finds entries by key only", () => {
    expect(EXPORTS.map((e) => e.key).sort()).toEqual([...EXPORT_KEYS].sort());
    expect(exportEntry("staff")?.key).toBe("staff");
    expect(exportEntry("no-such-list")).toBeUndefined();
    expect(isExportKey("auditLog")).toBe(true);
    expect(isExportKey("settings")).toBe(false);
  });

  it("gives every export exactly the roles its authorization-matrix row lets in (the matrix is written by hand)", () => {
    const rows = MATRIX.filter((row) => row.instanceOf === ROUTE);
    expect(rows.map((row) => row.target).sort()).toEqual(EXPORT_KEYS.map((key) => `GET /api/admin/exports/${key}`).sort());
    for (const entry of EXPORTS) {
      const row = rows.find((r) => r.target.endsWith(`/${entry.key}`));
      const allowed = ALL_ROLES.filter((role) => row?.expect[role] === "ok");
      expect([...allowed].sort(), entry.key).toEqual([...entry.roles].sort());
      expect(row?.expect.ANONYMOUS, entry.key).toBe("login");
    }
  });

  it("names every column in both languages, each column once per export", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const columns = (loadMessages(locale).exports as { columns: Record<string, string> }).columns;
      for (const entry of EXPORTS) {
        const keys = entry.columns.map((c) => c.key);
        expect(new Set(keys).size, entry.key).toBe(keys.length);
        for (const key of keys) expect(columns[key], `${locale}: exports.columns.${key}`).toBeTruthy();
      }
    }
  });
});
