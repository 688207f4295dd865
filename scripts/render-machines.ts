/**
 * Writes docs/machines/*.md from the XState machine definitions, and docs/permissions.md from them and lib/domain/permissions.
 * Run: npx tsx scripts/render-machines.ts  (render-mermaid.test.ts fails until the output is committed)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { machineCatalogue } from "../lib/domain/machines/catalogue";
import { renderMachineDoc, renderMachineIndex } from "../lib/domain/machines/render-mermaid";
import { renderPermissionMatrix } from "../lib/domain/permissions/render-matrix";

// import.meta.url works whether tsx runs the script as CommonJS or as an ES module.
const outDir = fileURLToPath(new URL("../docs/machines/", import.meta.url));
mkdirSync(outDir, { recursive: true });

for (const entry of machineCatalogue) {
  writeFileSync(join(outDir, `${entry.name}.md`), renderMachineDoc(entry));
  console.log(`wrote docs/machines/${entry.name}.md`);
}
writeFileSync(join(outDir, "README.md"), renderMachineIndex(machineCatalogue));
console.log("wrote docs/machines/README.md");
writeFileSync(fileURLToPath(new URL("../docs/permissions.md", import.meta.url)), renderPermissionMatrix());
console.log("wrote docs/permissions.md");
