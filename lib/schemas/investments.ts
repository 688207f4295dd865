import { z } from "zod";
import { idField, moneyField, requiredText } from "./fields";

/** The invest form (投标): project, amount in yuan (as fen), the risk-notice checkbox ("on" when ticked). */
/** A checkbox: the browser sends "on" when it is ticked and nothing when not. */
const checkbox = z
  .string()
  .max(8)
  .optional()
  .transform((v) => v === "on" || v === "true");

export const placeInvestmentSchema = z.object({ projectId: idField, amount: moneyField({ min: 1n }), riskNotice: checkbox });

export const investmentIdSchema = z.object({ investmentId: idField });

/** Customer service's rejection: the reason is shown to the investor. */
export const rejectInvestmentSchema = z.object({ investmentId: idField, reason: requiredText(500) });

/** The admin's investment-review setting. */
export const investmentSettingsSchema = z.object({ autoConfirm: checkbox });
