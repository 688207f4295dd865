import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, STANDALONE_AUDIT_ACTIONS } from "@/lib/audit-log/actions";
import * as sharedAuditActions from "@/lib/shared/audit-actions";
import { listSourceFiles } from "./regex-inventory";

/**
 * The audit log tells each entry as a sentence (lib/audit-log/describe-entry.ts), so every action the code
 * writes must be in AUDIT_ACTIONS, where lib/audit-log/describe-entry.test.ts checks its sentence in both
 * languages. writeAudit takes only an AuditAction, so the compiler checks its callers; this finds every
 * audit write in the application's source with the TypeScript parser, for the writes the compiler cannot
 * see (the seed's own rows, which carry their past dates) and to keep the application on writeAudit.
 */

const ROOT = path.resolve(__dirname, "../..");

// The audit module itself only passes its caller's action on.
const PASS_THROUGH = new Set(["lib/server/audit/write-audit.ts"]);
// The typed builder of a transition's action (lib/audit-log/actions.ts): its result is an AuditAction.
const TYPED_BUILDER = /^transitionAuditAction\(/;

interface Write {
  location: string;
  /** The called function, e.g. "writeAudit" or "tx.auditLog.create". */
  callee: string;
  /** The action's code, or a description of what could not be read. */
  action: string;
  kind: "literal" | "constant" | "template" | "other";
}

function isAuditWrite(call: ts.CallExpression): boolean {
  const callee = call.expression.getText();
  return /(?:^|\.)writeAudit$/.test(callee) || /\.auditLog\.create(?:Many)?$/.test(callee);
}

function actionProperty(node: ts.Node): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (child: ts.Node) => {
    if (found) return;
    if (ts.isPropertyAssignment(child) && child.name.getText() === "action") found = child.initializer;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

function auditWrites(file: string): Write[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const writes: Write[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isAuditWrite(node)) {
      const location = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const callee = node.expression.getText();
      const action = actionProperty(node);
      if (!action) writes.push({ location, callee, action: "(no action property)", kind: "other" });
      else if (ts.isStringLiteral(action) || ts.isNoSubstitutionTemplateLiteral(action))
        writes.push({ location, callee, action: action.text, kind: "literal" });
      else if (ts.isIdentifier(action)) {
        const value = (sharedAuditActions as Record<string, unknown>)[action.text];
        writes.push({
          location,
          callee,
          action: typeof value === "string" ? value : `(unknown constant ${action.text})`,
          kind: "constant",
        });
      } else if (ts.isTemplateExpression(action)) writes.push({ location, callee, action: action.getText(), kind: "template" });
      else writes.push({ location, callee, action: action.getText(), kind: "other" });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return writes;
}

const writes = listSourceFiles(ROOT)
  .filter((file) => !file.startsWith("lib/generated/"))
  .flatMap((file) => auditWrites(file).map((write) => ({ ...write, file })));

describe("audit actions", () => {
  it("finds the audit writes (the scan itself works)", () => {
    expect(writes.length).toBeGreaterThanOrEqual(STANDALONE_AUDIT_ACTIONS.length);
    const written = new Set(writes.map((w) => w.action));
    // Every standalone action is written somewhere: a stale entry in the list is caught too.
    expect(STANDALONE_AUDIT_ACTIONS.filter((action) => !written.has(action))).toEqual([]);
  });

  it("every action written in the code is a known audit action, so it has a sentence", () => {
    const unknown = writes
      .filter((w) => !PASS_THROUGH.has(w.file))
      .filter((w) => !(w.kind === "other" && TYPED_BUILDER.test(w.action)))
      .filter((w) => !(AUDIT_ACTIONS as readonly string[]).includes(w.action))
      .map((w) => `${w.location}: ${w.action}`);
    expect(unknown).toEqual([]);
  });

  it("the application writes audit rows only through writeAudit, whose action and subject type the compiler checks", () => {
    const direct = writes
      .filter((w) => !PASS_THROUGH.has(w.file) && !w.file.startsWith("prisma/"))
      .filter((w) => !/(?:^|\.)writeAudit$/.test(w.callee))
      .map((w) => `${w.location}: ${w.callee}`);
    expect(direct).toEqual([]);
  });
});
