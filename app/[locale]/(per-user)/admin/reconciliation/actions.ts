"use server";

import { revalidatePath } from "next/cache";
import { ReconciliationResolutions } from "@/lib/domain/machines/reconciliation-difference";
import { fetchStatementSchema, importStatementSchema, requestResolutionSchema } from "@/lib/schemas/reconciliation";
import { capabilityAction, eventAction } from "@/lib/server/actions/define-action";
import { getPaymentGateway } from "@/lib/server/payments";
import { importStatement, importStatementFromGateway, requestResolution } from "@/lib/server/reconciliation";
import { statementFormatOf } from "./statement-format";

function refresh() {
  revalidatePath("/admin/reconciliation", "layout");
  revalidatePath("/admin/approvals");
  revalidatePath("/admin/requests");
  revalidatePath("/admin");
}

/**
 * Customer service imports a statement file downloaded from the payment platform (a plain multipart form: works
 * without JavaScript). Returns the import's summary for the page to say ("12 lines, 10 matched, 2 differences").
 */
export const importStatementAction = capabilityAction("reconciliation.import", {
  schema: importStatementSchema,
  async handler({ file }, { db, user }) {
    const content = await file.text();
    const result = await importStatement(db, { actor: user, content, format: statementFormatOf(file.name, content), fileName: file.name });
    refresh();
    return result;
  },
});

/** The same import, with the statement fetched from the payment gateway for a range of business dates. */
export const fetchStatementAction = capabilityAction("reconciliation.import", {
  schema: fetchStatementSchema,
  async handler({ from, to }, { db, user }) {
    const result = await importStatementFromGateway(db, getPaymentGateway(), { actor: user, from, to });
    refresh();
    return result;
  },
});

/** Customer service asks a supervisor to resolve a difference (maker-checker; approved on /admin/approvals). */
export const requestResolutionAction = eventAction("RECONCILIATION_DIFFERENCE", ReconciliationResolutions, {
  schema: requestResolutionSchema,
  successMessage: "reconciliation.detail.requested",
  async handler({ differenceId, resolution, newSerial, note, reason }, { db, user }) {
    const payload = resolution === "CORRECT_SERIAL" ? { newSerial } : resolution === "EXPLAIN" ? { note } : {};
    await requestResolution(db, { maker: user, differenceId, resolution, payload, reason });
    refresh();
    return null;
  },
});
