import { z } from "zod";
import { MAX_SERVICE_FEE_BP } from "@/lib/domain/fees/service-fee";
import { parseRatePercent } from "@/lib/domain/money";
import { numberInput } from "./fields";

/** The admin's payout service fee form: a percentage with up to two decimals (0–20 %), stored in basis points. */
export const serviceFeeSchema = z.object({
  serviceFee: numberInput.transform((input, ctx) => {
    const parsed = parseRatePercent(input, MAX_SERVICE_FEE_BP);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `validation.rate${parsed.code}` });
      return z.NEVER;
    }
    return parsed.bp;
  }),
});
