"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { companyRegistrationSchema, investorRegistrationSchema } from "@/lib/schemas/accounts";
import { reserveRegistration } from "@/lib/server/accounts/account-throttle";
import { registerCompany } from "@/lib/server/accounts/register-company";
import { registerInvestor } from "@/lib/server/accounts/register-investor";
import { publicAction } from "@/lib/server/actions/define-action";
import { clientIpFrom } from "@/lib/server/auth/client-ip";

/**
 * Whether an account was created or the e-mail (or company) was already registered, the answer is the
 * same: the login page with a neutral note, then the account's next step. Signing the new account in
 * straight away would tell an attacker which e-mails are free (ASVS 5.0 V6.3.7). Each attempt is charged
 * to the client first (account-throttle.ts).
 */
function neutralAnswer(kind: "investor" | "company", next: string): never {
  redirect(`/login?registered=${kind}&callbackUrl=${encodeURIComponent(next)}`);
}

export const registerInvestorAction = publicAction({
  schema: investorRegistrationSchema,
  async handler(input, { db }) {
    await reserveRegistration(db, clientIpFrom(await headers()));
    await registerInvestor(db, input, toLocale(await getLocale()));
    return neutralAnswer("investor", "/investor/verification");
  },
});

export const registerCompanyAction = publicAction({
  schema: companyRegistrationSchema,
  async handler(input, { db }) {
    await reserveRegistration(db, clientIpFrom(await headers()));
    await registerCompany(db, input, toLocale(await getLocale()));
    return neutralAnswer("company", "/company");
  },
});
