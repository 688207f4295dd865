import { z } from "zod";
import { checkPassword } from "@/lib/domain/identity/password-policy";
import { MAX_NUMBER_INPUT_LENGTH, parseMoney } from "@/lib/domain/money";

// Identifier fields (resident ID, credit code, phones) live in ./identity-fields.ts, folded before checking.
export { creditCodeField, mobilePhoneField, phoneField, residentIdField } from "./identity-fields";

// Every message is an i18n key under `validation.*`; the action layer translates it for the user's locale.
//
// Every string field has a maximum length, checked before any parsing step and with `abort`, so that
// nothing but linear trimming looks at an over-long value (issue 7 §3: input that can stall the server;
// tests/unit/schema-bounds.test.ts keeps it so).
// `validation.tooLong` shows the limit: the action layer passes the issue's `maximum` as {max}.

/** A typed identifier (ID number, credit code, phone), spaces, hyphens and full-width forms included. */
export const MAX_IDENTIFIER_INPUT_LENGTH = 64;
/** Secrets typed at login or when confirming; the password policy's own limit (128) applies to new ones. */
export const MAX_PASSWORD_INPUT_LENGTH = 1024;
/** Database ids in hidden form fields (cuids have 25 characters). */
export const MAX_ID_LENGTH = 64;

const tooLong = (max: number) => [max, { error: "validation.tooLong", abort: true }] as const;

/** A record id from a hidden form field. */
export const idField = z
  .string({ error: "validation.required" })
  .max(...tooLong(MAX_ID_LENGTH))
  .min(1, { error: "validation.required" });

/** A password typed to be compared (login, current password, confirmation): bounded, not judged. */
export const passwordInput = z.string({ error: "validation.required" }).max(...tooLong(MAX_PASSWORD_INPUT_LENGTH));

export const requiredText = (max = 200) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(...tooLong(max));

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(...tooLong(max))
    .optional()
    .transform((v) => (v ? v : undefined));

export const emailField = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.required" })
  .max(...tooLong(254))
  .pipe(z.email({ error: "validation.email" }));

export const newPasswordField = z
  .string({ error: "validation.required" })
  .max(...tooLong(MAX_PASSWORD_INPUT_LENGTH))
  .superRefine((password, ctx) => {
    const problem = checkPassword(password);
    if (problem) ctx.addIssue({ code: "custom", message: `validation.password${problem}` });
  });

/** A typed number (a rate such as "12.50 %", a count of months), bounded like a money input before parsing. */
export const numberInput = z.string({ error: "validation.required" }).max(...tooLong(MAX_NUMBER_INPUT_LENGTH));

/** A money input in yuan ("1,234.56", "¥100", full-width digits), as integer fen. */
export const moneyField = (options: { min?: bigint; max?: bigint } = {}) =>
  z
    .string({ error: "validation.required" })
    .max(...tooLong(MAX_NUMBER_INPUT_LENGTH))
    .transform((input, ctx) => {
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
