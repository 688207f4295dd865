import { z } from "zod";
import { checkPassword } from "@/lib/domain/identity/password-policy";
import { parseMoney } from "@/lib/domain/money";

// Identifier fields (resident ID, credit code, phones) live in ./identity-fields.ts, folded before checking.
export { creditCodeField, mobilePhoneField, phoneField, residentIdField } from "./identity-fields";

// Every message is an i18n key under `validation.*`; the action layer translates it for the user's locale.
export const requiredText = (max = 200) =>
  z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: "validation.tooLong" })
    .optional()
    .transform((v) => (v ? v : undefined));

export const emailField = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

export const newPasswordField = z.string({ error: "validation.required" }).superRefine((password, ctx) => {
  const problem = checkPassword(password);
  if (problem) ctx.addIssue({ code: "custom", message: `validation.password${problem}` });
});

/** A money input in yuan ("1,234.56", "¥100", full-width digits), as integer fen. */
export const moneyField = (options: { min?: bigint; max?: bigint } = {}) =>
  z.string({ error: "validation.required" }).transform((input, ctx) => {
    const parsed = parseMoney(input);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `validation.money${parsed.code}` });
      return z.NEVER;
    }
    if (options.min !== undefined && parsed.fen < options.min) {
      ctx.addIssue({ code: "custom", message: "validation.moneyTooSmall" });
      return z.NEVER;
    }
    if (options.max !== undefined && parsed.fen > options.max) {
      ctx.addIssue({ code: "custom", message: "validation.moneyTOO_LARGE" });
      return z.NEVER;
    }
    return parsed.fen;
  });
