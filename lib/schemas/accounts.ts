import { z } from "zod";
import { normalizeCreditCode } from "@/lib/domain/identity/credit-code";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { emailField, moneyField, newPasswordField, requiredText } from "./fields";
import {
  creditCodeConfirmationField,
  creditCodeField,
  mobilePhoneField,
  phoneField,
  residentIdField,
  withCreditCodeConfirmation,
} from "./identity-fields";

const passwordsMatch = (v: { password: string; confirmPassword: string }) => v.password === v.confirmPassword;
const mismatch = { path: ["confirmPassword"], error: "validation.passwordMismatch" };
const passwordPair = { password: newPasswordField, confirmPassword: z.string({ error: "validation.required" }) };

export const investorRegistrationSchema = z.object({ email: emailField, ...passwordPair }).refine(passwordsMatch, mismatch);
export type InvestorRegistration = z.infer<typeof investorRegistrationSchema>;

export const investorVerificationSchema = z.object({
  realName: requiredText(50),
  idNumber: residentIdField,
  phone: mobilePhoneField,
});
export type InvestorVerification = z.infer<typeof investorVerificationSchema>;

// A code whose check character does not verify is accepted only once confirmed as printed on the licence.
export const companyRegistrationSchema = withCreditCodeConfirmation(
  z
    .object({
      ...passwordPair,
      email: emailField,
      companyName: requiredText(100),
      creditCode: creditCodeField,
      creditCodeConfirmed: creditCodeConfirmationField,
      legalRepresentative: requiredText(50),
      contactPhone: phoneField,
      industry: requiredText(50),
      registeredCapital: moneyField({ min: 1n }),
    })
    .refine(passwordsMatch, mismatch),
).transform(({ creditCodeConfirmed, ...v }) => ({
  ...v,
  /** The company confirmed this very code as printed on its licence (needed when its check character fails). */
  creditCodeConfirmed: creditCodeConfirmed !== undefined && normalizeCreditCode(creditCodeConfirmed) === v.creditCode,
}));
export type CompanyRegistration = z.infer<typeof companyRegistrationSchema>;

export { STAFF_ROLES } from "@/lib/shared/roles";

export const staffCreationSchema = z.object({
  email: emailField,
  displayName: requiredText(50),
  role: z.enum(STAFF_ROLES, { error: "validation.role" }),
  password: newPasswordField,
});
export type StaffCreation = z.infer<typeof staffCreationSchema>;

export const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, { error: "validation.required" }).max(1024, { error: "validation.tooLong" }),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "validation.required" }).max(1024, { error: "validation.tooLong" }),
    ...passwordPair,
  })
  .refine(passwordsMatch, mismatch);
