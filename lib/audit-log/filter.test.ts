import { describe, expect, it } from "vitest";
import { auditFilterParams, parseAuditFilter } from "./filter";

describe("audit log filter", () => {
  it("keeps labelled choices and business dates", () => {
    const { filter, problems } = parseAuditFilter({
      action: "LOAN_PROJECT.PUBLISH",
      actorRole: "SUPERVISOR",
      subjectType: "LOAN_PROJECT",
      subjectId: "clx0abc_def-1",
      from: "2026-11-01",
      to: "2026-11-30",
      page: "2",
    });
    expect(problems).toEqual([]);
    expect(filter).toEqual({
      action: "LOAN_PROJECT.PUBLISH",
      actorRole: "SUPERVISOR",
      subjectType: "LOAN_PROJECT",
      subjectId: "clx0abc_def-1",
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(auditFilterParams(filter)).toMatchObject({ action: "LOAN_PROJECT.PUBLISH", from: "2026-11-01" });
  });

  it("treats empty fields as no filter", () => {
    expect(parseAuditFilter({ action: "", actorRole: "  ", from: "" })).toEqual({ filter: {}, problems: [] });
  });

  it("ignores what is not a choice and says so, quoting (a bounded part of) the value", () => {
    const { filter, problems } = parseAuditFilter({
      action: "publish",
      actorRole: "INVESTOR",
      subjectType: "PLANET",
      subjectId: "x".repeat(101),
      from: "2026-02-30",
      to: "tomorrow",
    });
    expect(filter).toEqual({});
    expect(problems).toEqual([
      { key: "action", values: { value: "publish" } },
      { key: "actorRole", values: { value: "INVESTOR" } },
      { key: "subjectType", values: { value: "PLANET" } },
      { key: "subjectId", values: { value: `${"x".repeat(40)}…` } },
      { key: "from", values: { value: "2026-02-30" } },
      { key: "to", values: { value: "tomorrow" } },
    ]);
  });

  it("drops a range whose start is after its end", () => {
    const { filter, problems } = parseAuditFilter({ from: "2026-12-01", to: "2026-11-01", action: "STAFF_UPDATED" });
    expect(filter).toEqual({ action: "STAFF_UPDATED" });
    expect(problems).toEqual([{ key: "range", values: { from: "2026-12-01", to: "2026-11-01" } }]);
  });

  it("reads the first of repeated parameters and the old targetId name", () => {
    expect(parseAuditFilter({ action: ["STAFF_CREATED", "x"], targetId: "abc" }).filter).toEqual({
      action: "STAFF_CREATED",
      subjectId: "abc",
    });
  });
});
