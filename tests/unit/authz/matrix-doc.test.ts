import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { renderAuthorizationMatrix } from "@/tests/authz/render";

it("docs/authorization-matrix.md is up to date", () => {
  const committed = readFileSync(new URL("../../../docs/authorization-matrix.md", import.meta.url), "utf8");
  expect(committed, "docs/authorization-matrix.md is stale: run `npx tsx scripts/render-authz-matrix.ts`").toBe(
    renderAuthorizationMatrix(),
  );
});
