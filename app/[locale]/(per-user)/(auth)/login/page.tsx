import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { safeReturnPath } from "@/lib/shared/role-home";
import { LoginForm } from "./login-form";
import { loginFormMessages } from "./login-form.messages";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; passwordChanged?: string; registered?: string; activated?: string; loggedOut?: string }>;
}) {
  const t = await getTranslations("auth");
  const query = await searchParams;
  const callbackUrl = safeReturnPath(query.callbackUrl) ?? undefined;
  return (
    <ClientMessages namespaces={loginFormMessages}>
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="mb-6 text-2xl font-semibold">{t("loginTitle")}</h1>
          {query.loggedOut && (
            <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
              {t("loggedOut")}
            </p>
          )}
          {query.registered && (
            <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
              {t(query.registered === "company" ? "registeredCompanyPleaseLogIn" : "registeredPleaseLogIn")}
            </p>
          )}
          {query.activated && (
            <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
              {t("activatedPleaseLogIn")}
            </p>
          )}
          {query.passwordChanged && (
            <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
              {t("passwordChanged")}
            </p>
          )}
          <LoginForm callbackUrl={callbackUrl} />
          <p className="mt-6 text-sm text-slate-600">
            {t("noAccount")} <Link href="/register">{t("registerTitle")}</Link>
          </p>
        </Card>
      </div>
    </ClientMessages>
  );
}
