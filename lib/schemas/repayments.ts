import { z } from "zod";
import { MIN_DEPOSIT_FEN } from "@/lib/domain/deposits/deposit-rules";
import { parseRatePercent } from "@/lib/domain/money";
import { AllocationOrders } from "@/lib/domain/repayments";
import { idField, MAX_ID_LENGTH, moneyField, numberInput } from "./fields";

/** The cap of the interest management fee (basis points); the service's schema checks it again. */
export const MAX_MANAGEMENT_FEE_BP = 5000;

/** "Pay" from the wallet: the company's own project and an amount in yuan (fen > 0; the service checks the most). */
export const repayFromWalletSchema = z.object({ projectId: idField, amount: moneyField({ min: 1n }) });

/** "Pay through checkout": as from the wallet, at least the smallest deposit the gateway takes. */
export const repayThroughCheckoutSchema = z.object({ projectId: idField, amount: moneyField({ min: MIN_DEPOSIT_FEN }) });

/** "Repay everything early": the quote's total (fen, digits) the company confirmed. */
export const repayEarlySchema = z.object({
  projectId: idField,
  expectedTotalFen: z
    .string({ error: "validation.required" })
    .max(MAX_ID_LENGTH, { error: "validation.tooLong", abort: true })
    .regex(/^[1-9][0-9]{0,17}$/, { error: "validation.required" })
    .transform(BigInt),
});

/** The admin's repayment settings: the management fee typed as a percentage of interest ("10"), and the allocation order. */
export const repaymentSettingsFormSchema = z.object({
  managementFee: numberInput.transform((input, ctx) => {
    const parsed = parseRatePercent(input, MAX_MANAGEMENT_FEE_BP);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `validation.rate${parsed.code}` });
      return z.NEVER;
    }
    return parsed.bp;
  }),
  allocationOrder: z.enum(AllocationOrders, { error: "validation.required" }),
});
