import { z } from "zod";
import { optionalText, requiredText } from "./fields";
import { phoneField } from "./identity-fields";

export const DOCUMENT_KINDS = ["BUSINESS_LICENCE", "LEGAL_REP_ID", "BANK_ACCOUNT_PERMIT", "OTHER"] as const;
/** Without these two a company cannot be submitted for verification. */
export const REQUIRED_DOCUMENT_KINDS = ["BUSINESS_LICENCE", "LEGAL_REP_ID"] as const;

export const companyProfileSchema = z.object({
  contactPhone: phoneField,
  industry: requiredText(50),
  address: requiredText(200),
  description: optionalText(2000),
});
export type CompanyProfileInput = z.infer<typeof companyProfileSchema>;

export const documentUploadSchema = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: "validation.documentKind" }),
  file: z.instanceof(File, { error: "validation.documentMissing" }),
});

export const staffReasonSchema = z.object({
  companyId: z.string().min(1),
  reason: requiredText(500),
});
