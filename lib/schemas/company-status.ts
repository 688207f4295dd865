import { z } from "zod";
import { numberInput } from "./fields";

/** The admin's company status settings form: upgradeMinMonths, whole months 1–60. */
export const companyStatusSettingsFormSchema = z.object({
  upgradeMinMonths: numberInput
    .trim()
    .regex(/^\d+$/, { error: "validation.wholeNumber" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 60, { error: "validation.outOfRange" }),
});
