import { z } from "zod";
import { compareBusinessDates, parseBusinessDate } from "@/lib/domain/dates";
import { ReconciliationResolutions } from "@/lib/domain/machines/reconciliation-difference";
import { idField, optionalText, requiredText } from "./fields";

/**
 * Reconciliation's forms (issue 13 item 1). Messages are keys (`reconciliation.*`, `validation.*`) the action
 * layer translates.
 */

/** The statement file as uploaded (CSV or JSON); its content is checked line by line by the import service. */
export const importStatementSchema = z.object({
  file: z.instanceof(File, { error: "reconciliation.upload.missingFile" }),
});

/** A business date typed as YYYY-MM-DD (a date input sends exactly that). */
const businessDateField = z
  .string({ error: "validation.required" })
  .trim()
  .max(10, { error: "validation.tooLong", abort: true })
  .transform((text, ctx) => {
    const date = parseBusinessDate(text);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "reconciliation.report.invalidDate" });
      return z.NEVER;
    }
    return date;
  });

/** A range of business dates, both ends included, fetched from the payment gateway. */
export const fetchStatementSchema = z
  .object({ from: businessDateField, to: businessDateField })
  .refine((range) => compareBusinessDates(range.from, range.to) <= 0, { path: ["to"], message: "reconciliation.fetch.invalidRange" });

/**
 * Customer service's request to resolve one difference: the resolution (a machine event of
 * lib/domain/machines/reconciliation-difference.ts) with what it needs — the serial on the statement for
 * CORRECT_SERIAL, the explanation for EXPLAIN — and the reason the supervisor reads.
 */
export const requestResolutionSchema = z
  .object({
    differenceId: idField,
    resolution: z.enum(ReconciliationResolutions, { error: "validation.required" }),
    newSerial: optionalText(64),
    note: optionalText(500),
    reason: requiredText(500),
  })
  .superRefine((input, ctx) => {
    if (input.resolution === "CORRECT_SERIAL" && !input.newSerial)
      ctx.addIssue({ code: "custom", path: ["newSerial"], message: "validation.required" });
    if (input.resolution === "EXPLAIN" && !input.note) ctx.addIssue({ code: "custom", path: ["note"], message: "validation.required" });
  });
