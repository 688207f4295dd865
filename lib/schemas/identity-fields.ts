import { z } from "zod";
import { checkCreditCode, normalizeCreditCode } from "@/lib/domain/identity/credit-code";
import { checkPhone } from "@/lib/domain/identity/phone";
import { checkResidentIdStructure } from "@/lib/domain/identity/resident-id";
import { foldIdentifier, MAX_TYPED_IDENTIFIER_LENGTH } from "@/lib/domain/text/fold-identifier";

// Identifiers are folded (lib/domain/text/fold-identifier.ts) before they are checked; the output is the
// stored form. Raw input is bounded first: generous for spaces and hyphens, far below anything costly.
const MAX_RAW_LENGTH = MAX_TYPED_IDENTIFIER_LENGTH;
const rawIdentifier = () =>
  z
    .string({ error: "validation.required" })
    .max(MAX_RAW_LENGTH, { error: "validation.tooLong", abort: true })
    // Only separators typed: as empty as an empty field.
    .refine((input) => foldIdentifier(input) !== "", { error: "validation.required", abort: true });

/**
 * A resident ID number as typed → the 18-character stored form. Checks what the number itself says
 * (format, region, real birth date, check character); the age rules need the business date and a platform
 * setting, so the verification service applies them (lib/server/accounts/verify-investor.ts).
 */
export const residentIdField = rawIdentifier().transform((input, ctx) => {
  const result = checkResidentIdStructure(input);
  if (result.ok) return result.id;
  ctx.addIssue({ code: "custom", message: `validation.residentId${result.problem}` });
  return z.NEVER;
});

/**
 * A unified social credit code as typed → the 18-character stored form. A code whose only fault is its
 * check character passes here: the registration schema then asks the company to confirm it as printed on
 * its licence (see withCreditCodeConfirmation).
 */
export const creditCodeField = rawIdentifier().transform((input, ctx) => {
  const result = checkCreditCode(input);
  if (result.ok || result.problem === "CHECK_CHARACTER") return result.code;
  ctx.addIssue({ code: "custom", message: `validation.creditCode${result.problem}` });
  return z.NEVER;
});

/**
 * The confirmation checkbox shown beside a check-character error. Its value is the folded code it confirms,
 * so a confirmation given for one code never covers another typed afterwards.
 */
export const creditCodeConfirmationField = z.string().max(MAX_RAW_LENGTH, { error: "validation.tooLong", abort: true }).optional();

interface CreditCodeWithConfirmation {
  creditCode: string;
  creditCodeConfirmed?: string;
}

/** The code verifies, or the company confirmed exactly this code (whatever form the confirmation was typed in). */
export function isCreditCodeAcceptable(v: CreditCodeWithConfirmation): boolean {
  if (typeof v.creditCode !== "string" || checkCreditCode(v.creditCode).ok) return true;
  return typeof v.creditCodeConfirmed === "string" && normalizeCreditCode(v.creditCodeConfirmed) === v.creditCode;
}

/**
 * Run the confirmation rule whenever the code itself parsed, even if other fields failed (zod skips object
 * refinements after a failed transform otherwise), so the check-character error and the box come at once.
 */
const whenCodeParsed = (payload: z.core.ParsePayload) =>
  !payload.issues.some((issue) => issue.path?.[0] === "creditCode" || issue.path?.[0] === "creditCodeConfirmed");

/** Adds the check-character error and the confirmation request to an object schema with both fields. */
export function withCreditCodeConfirmation<T extends z.ZodType<CreditCodeWithConfirmation>>(schema: T) {
  return schema.check(
    z.superRefine<CreditCodeWithConfirmation>(
      (v, ctx) => {
        if (isCreditCodeAcceptable(v)) return;
        ctx.addIssue({ code: "custom", path: ["creditCode"], message: "validation.creditCodeCHECK_CHARACTER" });
        ctx.addIssue({ code: "custom", path: ["creditCodeConfirmed"], message: "validation.creditCodeConfirmRequired" });
      },
      { when: whenCodeParsed },
    ),
  );
}

/** A mainland mobile number in any typed form (+86, 0086, 86, spaces, full width) → its 11 digits. */
export const mobilePhoneField = rawIdentifier().transform((input, ctx) => {
  const result = checkPhone(input);
  if (result.ok && result.kind === "MOBILE") return result.phone;
  ctx.addIssue({ code: "custom", message: "validation.mobilePhone" });
  return z.NEVER;
});

/** A company's contact phone: a mobile number as above, or a landline with its area code ("01012345678"). */
export const phoneField = rawIdentifier().transform((input, ctx) => {
  const result = checkPhone(input);
  if (result.ok) return result.phone;
  ctx.addIssue({ code: "custom", message: "validation.phone" });
  return z.NEVER;
});
