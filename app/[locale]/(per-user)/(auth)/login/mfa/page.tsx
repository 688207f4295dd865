import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { getSessionState } from "@/lib/server/auth/session";
import { mfaPathFor } from "@/lib/shared/mfa-state";
import { homePathFor, safeReturnPath } from "@/lib/shared/role-home";
import { MfaVerifyForm } from "./mfa-verify-form";
import { mfaVerifyFormMessages } from "./mfa-verify-form.messages";

export async function generateMetadata() {
  return { title: (await getTranslations("mfa"))("verifyTitle") };
}

/** The second login step for staff; anyone else, or a session already verified, goes straight on. */
export default async function MfaVerifyPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const session = await getSessionState();
  if (!session) redirect("/login");
  const next = safeReturnPath((await searchParams).callbackUrl) ?? homePathFor(session.user.role);
  const pendingPath = mfaPathFor(session.mfa, next);
  if (!pendingPath) redirect(next);
  if (session.mfa === "ENROL") redirect(pendingPath);

  const t = await getTranslations("mfa");
  return (
    <ClientMessages namespaces={mfaVerifyFormMessages}>
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="mb-2 text-2xl font-semibold">{t("verifyTitle")}</h1>
          <p className="mb-6 text-sm text-slate-600">{t("verifyIntro")}</p>
          <MfaVerifyForm callbackUrl={next} />
        </Card>
      </div>
    </ClientMessages>
  );
}
