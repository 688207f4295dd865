import { z } from "zod";
import { MAX_DEPOSIT_FEN, MIN_DEPOSIT_FEN } from "@/lib/domain/deposits/deposit-rules";
import { fenToYuanString, MAX_NUMBER_INPUT_LENGTH, parseMoney } from "@/lib/domain/money";
import { idField } from "./fields";

const BOUNDS = { min: fenToYuanString(MIN_DEPOSIT_FEN), max: fenToYuanString(MAX_DEPOSIT_FEN) };

/** The deposit form: an amount in yuan ("1,000", "¥50.5", full-width digits) as fen, within the deposit bounds. */
export const depositSchema = z.object({
  amount: z
    .string({ error: "validation.required" })
    .max(MAX_NUMBER_INPUT_LENGTH, { error: "validation.tooLong", abort: true })
    .transform((input, ctx) => {
      const parsed = parseMoney(input);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: `validation.money${parsed.code}` });
        return z.NEVER;
      }
      // The bounds are named in the message, so the user knows what to type instead.
      if (parsed.fen < MIN_DEPOSIT_FEN) {
        ctx.addIssue({ code: "custom", message: "validation.depositTooSmall", params: BOUNDS });
        return z.NEVER;
      }
      if (parsed.fen > MAX_DEPOSIT_FEN) {
        ctx.addIssue({ code: "custom", message: "validation.depositTooLarge", params: BOUNDS });
        return z.NEVER;
      }
      return parsed.fen;
    }),
});

/** "Check status" of one of the user's deposits. */
export const checkDepositSchema = z.object({ depositId: idField });
