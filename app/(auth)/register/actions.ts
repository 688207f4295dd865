"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { companyRegistrationSchema, investorRegistrationSchema } from "@/lib/schemas/accounts";
import { registerCompany } from "@/lib/server/accounts/register-company";
import { registerInvestor } from "@/lib/server/accounts/register-investor";
import { publicAction } from "@/lib/server/actions/define-action";
import { signIn } from "@/lib/server/auth/auth";

/**
 * A new account is signed in straight away and taken to its next step. The account exists whatever
 * happens next: if signing in fails (say the address hit the login limit), the person is sent to the
 * login page with a note, never told the registration failed.
 */
async function signInNewAccount(email: string, password: string, next: string): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(`/login?registered=1&callbackUrl=${encodeURIComponent(next)}`);
  }
  redirect(next);
}

export const registerInvestorAction = publicAction({
  schema: investorRegistrationSchema,
  async handler(input, { db }) {
    await registerInvestor(db, input);
    return signInNewAccount(input.email, input.password, "/investor/verification");
  },
});

export const registerCompanyAction = publicAction({
  schema: companyRegistrationSchema,
  async handler(input, { db }) {
    await registerCompany(db, input);
    return signInNewAccount(input.email, input.password, "/company");
  },
});
