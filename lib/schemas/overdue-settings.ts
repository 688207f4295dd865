import { z } from "zod";
import { parseRatePercent } from "@/lib/domain/money";
import { numberInput } from "./fields";

/** The highest penalty the form accepts: 1 % a day (100 bp), as overdueSettingsSchema. */
export const MAX_PENALTY_DAILY_BP = 100;
export const MAX_GRACE_DAYS = 30;

/**
 * The admin's overdue settings form: grace days (whole, 0–30) and the daily penalty as a percentage per day with
 * up to two decimals ("0.05" = 5 bp), stored as OverdueSettings { graceDays, penaltyDailyBp }.
 */
export const overdueSettingsFormSchema = z
  .object({
    graceDays: numberInput
      .trim()
      .regex(/^\d+$/, { error: "validation.wholeNumber" })
      .transform(Number)
      .refine((n) => n <= MAX_GRACE_DAYS, { error: "validation.outOfRange" }),
    penaltyDaily: numberInput.transform((input, ctx) => {
      const parsed = parseRatePercent(input, MAX_PENALTY_DAILY_BP);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.code === "TOO_LARGE" ? "validation.outOfRange" : `validation.rate${parsed.code}` });
        return z.NEVER;
      }
      return parsed.bp;
    }),
  })
  .transform(({ graceDays, penaltyDaily }) => ({ graceDays, penaltyDailyBp: penaltyDaily }));
