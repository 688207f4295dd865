import { z } from "zod";
import { idField, moneyField, requiredText } from "./fields";

/** The invest form (投标): project, amount in yuan (as fen), the risk-notice checkbox ("on" when ticked). */
export const placeInvestmentSchema = z.object({
  projectId: idField,
  amount: moneyField({ min: 1n }),
  riskNotice: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

export const investmentIdSchema = z.object({ investmentId: idField });

/** Customer service's rejection: the reason is shown to the investor. */
export const rejectInvestmentSchema = z.object({ investmentId: idField, reason: requiredText(500) });

/** The admin's investment-review setting: the checkbox sends "on" when ticked, nothing when not. */
export const investmentSettingsSchema = z.object({
  autoConfirm: z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});
