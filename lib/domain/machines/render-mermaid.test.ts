import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { machineCatalogue } from "./catalogue";
import { loanProjectMachine } from "./loan-project";
import { renderMachineDoc, renderMachineIndex, renderMermaid } from "./render-mermaid";

// The one test in lib/domain that does I/O: it compares the committed docs with a fresh rendering.
const docsDir = new URL("../../../docs/machines/", import.meta.url);
const committed = (file: string) => readFileSync(new URL(file, docsDir), "utf8");
const hint = "docs/machines is stale: run `npx tsx scripts/render-machines.ts`";

describe("renderMermaid", () => {
  it("draws the initial status, guarded edges and final statuses", () => {
    const text = renderMermaid(loanProjectMachine);
    expect(text.startsWith("stateDiagram-v2\n  [*] --> DRAFT\n")).toBe(true);
    expect(text).toContain("  DRAFT --> PENDING_PRELIMINARY_REVIEW : SUBMIT [companyMayBorrowAndFieldsValid]\n");
    expect(text).toContain("  FUNDRAISING --> FAILED : CANCEL\n");
    expect(text).toContain("  SETTLED --> [*]\n");
  });
});

describe("docs/machines", () => {
  it.each(machineCatalogue.map((entry) => [entry.name, entry] as const))("%s.md is up to date", (name, entry) => {
    expect(committed(`${name}.md`), hint).toBe(renderMachineDoc(entry));
  });

  it("README.md is up to date", () => {
    expect(committed("README.md"), hint).toBe(renderMachineIndex(machineCatalogue));
  });
});
