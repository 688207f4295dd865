/**
 * Writes docs/authorization-matrix.md from tests/authz/matrix.ts.
 * Run: npx tsx scripts/render-authz-matrix.ts  (tests/unit/authz/matrix-doc.test.ts fails until the output is committed)
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderAuthorizationMatrix } from "../tests/authz/render";

const out = fileURLToPath(new URL("../docs/authorization-matrix.md", import.meta.url));
writeFileSync(out, renderAuthorizationMatrix());
console.log("wrote docs/authorization-matrix.md");
