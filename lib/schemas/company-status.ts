import { z } from "zod";
import { COMPANY_STATUS_REQUESTS } from "@/lib/domain/companies/status-requests";
import { idField, numberInput, requiredText } from "./fields";

/** Customer service's company status request: which event, on which company, and why (required). */
export const companyStatusRequestSchema = z.object({
  companyId: idField,
  event: z.enum(COMPANY_STATUS_REQUESTS, { error: "validation.required" }),
  reason: requiredText(500),
});

/** The admin's company status settings form: upgradeMinMonths, whole months 1–60. */
export const companyStatusSettingsFormSchema = z.object({
  upgradeMinMonths: numberInput
    .trim()
    .regex(/^\d+$/, { error: "validation.wholeNumber" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 60, { error: "validation.outOfRange" }),
});
