/**
 * Writes docs/machines/*.md from the XState machine definitions.
 * Run: npx tsx scripts/render-machines.ts  (render-mermaid.test.ts fails until the output is committed)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { machineCatalogue } from "../lib/domain/machines/catalogue";
import { renderMachineDoc, renderMachineIndex } from "../lib/domain/machines/render-mermaid";

const outDir = join(__dirname, "..", "docs", "machines");
mkdirSync(outDir, { recursive: true });

for (const entry of machineCatalogue) {
  writeFileSync(join(outDir, `${entry.name}.md`), renderMachineDoc(entry));
  console.log(`wrote docs/machines/${entry.name}.md`);
}
writeFileSync(join(outDir, "README.md"), renderMachineIndex(machineCatalogue));
console.log("wrote docs/machines/README.md");
