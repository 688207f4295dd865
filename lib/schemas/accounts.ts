import { z } from "zod";
import { normalizeCreditCode } from "@/lib/domain/identity/credit-code";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { emailField, moneyField, newPasswordField, passwordInput, requiredText } from "./fields";
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
const passwordPair = { password: newPasswordField, confirmPassword: passwordInput };

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

/** No password: the new staff member sets their own through the activation link (issue 7 §4). */
export const staffCreationSchema = z.object({
  email: emailField,
  displayName: requiredText(50),
  role: z.enum(STAFF_ROLES, { error: "validation.role" }),
});
export type StaffCreation = z.infer<typeof staffCreationSchema>;

/** The activation form: the link's token and the new password, under the same policy as registration. */
export const staffActivationSchema = z
  .object({ token: z.string({ error: "validation.required" }).max(100, { error: "validation.tooLong" }), ...passwordPair })
  .refine(passwordsMatch, mismatch);

export const loginSchema = z.object({
  email: emailField,
  password: passwordInput.min(1, { error: "validation.required" }),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: passwordInput.min(1, { error: "validation.required" }),
    ...passwordPair,
  })
  .refine(passwordsMatch, mismatch);
