import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/domain/documents/document-kinds";
import { idField, optionalText, requiredText } from "./fields";
import { phoneField } from "./identity-fields";

export { DOCUMENT_KINDS, REQUIRED_DOCUMENT_KINDS } from "@/lib/domain/documents/document-kinds";

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
  companyId: idField,
  reason: requiredText(500),
});
