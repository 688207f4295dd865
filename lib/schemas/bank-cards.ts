import { z } from "zod";
import { COMMON_BANKS, checkCardNumber, isCommonBankCode, normalizeCardNumber, OTHER_BANK } from "@/lib/domain/bank-cards";
import { foldIdentifier, MAX_TYPED_IDENTIFIER_LENGTH } from "@/lib/domain/text/fold-identifier";
import { idField, optionalText, requiredText } from "./fields";

const rawCardNumber = z
  .string({ error: "validation.required" })
  .max(MAX_TYPED_IDENTIFIER_LENGTH, { error: "validation.tooLong", abort: true })
  .refine((input) => foldIdentifier(input) !== "", { error: "validation.required", abort: true });

/**
 * A card number as typed → its 16–19 digits. A number whose only fault is its Luhn check digit passes here:
 * the schema then asks the user to confirm it as printed on the card (some domestic cards predate the check).
 */
const cardNumberField = rawCardNumber.transform((input, ctx) => {
  const result = checkCardNumber(input);
  if (result.ok || result.problem === "LUHN") return result.number;
  ctx.addIssue({ code: "custom", message: `validation.cardNumber${result.problem}` });
  return z.NEVER;
});

/** The confirmation box's value is the folded number it confirms: a later, different number needs a new one. */
const cardNumberConfirmationField = z.string().max(MAX_TYPED_IDENTIFIER_LENGTH, { error: "validation.tooLong", abort: true }).optional();

/**
 * The bank-card form: holder name, bank (a common bank's code, or OTHER with the name typed), number and,
 * when its check digit fails, the confirmation. Output: { holderName, bankName, cardNumber, luhnConfirmed }.
 */
export const bindBankCardSchema = z
  .object({
    holderName: requiredText(100),
    bank: z.string({ error: "validation.required" }).max(16, { error: "validation.tooLong", abort: true }),
    bankOther: optionalText(50),
    cardNumber: cardNumberField,
    cardNumberConfirmed: cardNumberConfirmationField,
  })
  .superRefine((v, ctx) => {
    if (!isCommonBankCode(v.bank) && !(v.bank === OTHER_BANK && v.bankOther)) {
      ctx.addIssue({ code: "custom", path: [v.bank === OTHER_BANK ? "bankOther" : "bank"], message: "validation.required" });
    }
    if (!checkCardNumber(v.cardNumber).ok && !confirms(v.cardNumberConfirmed, v.cardNumber)) {
      ctx.addIssue({ code: "custom", path: ["cardNumber"], message: "validation.cardNumberLUHN" });
      ctx.addIssue({ code: "custom", path: ["cardNumberConfirmed"], message: "validation.cardNumberConfirmRequired" });
    }
  })
  .transform((v) => ({
    holderName: v.holderName,
    bankName: isCommonBankCode(v.bank) ? COMMON_BANKS[v.bank] : (v.bankOther ?? ""),
    cardNumber: v.cardNumber,
    /** The user confirmed this very number as printed on the card (needed when its check digit fails). */
    luhnConfirmed: confirms(v.cardNumberConfirmed, v.cardNumber),
  }));
export type BindBankCardInput = z.infer<typeof bindBankCardSchema>;

const confirms = (confirmation: string | undefined, number: string) =>
  confirmation !== undefined && normalizeCardNumber(confirmation) === number;

export const bankCardIdSchema = z.object({ bankCardId: idField });
