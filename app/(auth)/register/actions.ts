"use server";

import { redirect } from "next/navigation";
import { companyRegistrationSchema, investorRegistrationSchema } from "@/lib/schemas/accounts";
import { registerCompany } from "@/lib/server/accounts/register-company";
import { registerInvestor } from "@/lib/server/accounts/register-investor";
import { publicAction } from "@/lib/server/actions/define-action";
import { signIn } from "@/lib/server/auth/auth";

// A new account is signed in straight away and taken to its next step.
export const registerInvestorAction = publicAction({
  schema: investorRegistrationSchema,
  async handler(input, { db }) {
    await registerInvestor(db, input);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    redirect("/investor/verification");
  },
});

export const registerCompanyAction = publicAction({
  schema: companyRegistrationSchema,
  async handler(input, { db }) {
    await registerCompany(db, input);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    redirect("/company");
  },
});
