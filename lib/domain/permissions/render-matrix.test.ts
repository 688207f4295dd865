import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPermissionMatrix } from "./render-matrix";

// Compares the committed docs/permissions.md with a fresh rendering (the one I/O of this folder's tests).
const committed = () => readFileSync(new URL("../../../docs/permissions.md", import.meta.url), "utf8");

describe("docs/permissions.md", () => {
  it("is up to date", () => {
    expect(committed(), "docs/permissions.md is stale: run `npx tsx scripts/render-machines.ts`").toBe(renderPermissionMatrix());
  });

  it("has the review stages' owners and four eyes", () => {
    const text = renderPermissionMatrix();
    expect(text).toContain("| PENDING_FINAL_REVIEW | REJECT |  |  |  | yes |  |  |  |  |");
    expect(text).toContain("| PENDING_PRELIMINARY_REVIEW | REJECT |  |  | yes | yes |  |  |  |  |");
    expect(text).toContain(
      "| PENDING_FINAL_REVIEW | PUBLISH |  |  |  | yes |  |  |  | not the staff member who passed the preliminary review |",
    );
    expect(text).toContain("| FUNDRAISING | CANCEL |  |  | request |  |  |  |  |  |");
  });
});
