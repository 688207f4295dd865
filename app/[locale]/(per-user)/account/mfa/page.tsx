import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { getSessionState } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { pendingTotpSecret } from "@/lib/server/mfa/enrolment";
import { totpQrDataUrl } from "@/lib/server/mfa/qr-code";
import { mfaPathFor } from "@/lib/shared/mfa-state";
import { safeReturnPath } from "@/lib/shared/role-home";
import { isStaffRole } from "@/lib/shared/roles";
import { MfaEnrolment } from "./mfa-enrolment";
import { mfaEnrolmentMessages } from "./mfa-enrolment.messages";

export async function generateMetadata() {
  return { title: (await getTranslations("mfa"))("enrolTitle") };
}

/**
 * TOTP enrolment for staff: reachable with a password-only session (first login), so it checks the session
 * itself instead of requirePageRole. An enrolled member who has not entered a code yet is sent to do that.
 */
export default async function MfaEnrolmentPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const session = await getSessionState();
  if (!session) redirect(`/login?callbackUrl=${encodeURIComponent("/account/mfa")}`);
  if (!isStaffRole(session.user.role)) redirect("/forbidden");
  const next = safeReturnPath((await searchParams).callbackUrl) ?? "/admin";
  if (session.mfa === "VERIFY") redirect(mfaPathFor("VERIFY", next) as string);

  const t = await getTranslations();
  const secret = session.mfa === "ENROL" ? await pendingTotpSecret(await getDb(), session.user.id) : null;
  const setup = secret ? { secret, qr: await totpQrDataUrl(secret, session.user.email, t("common.appName")) } : null;
  return (
    <ClientMessages namespaces={mfaEnrolmentMessages}>
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="mb-2 text-2xl font-semibold">{t("mfa.enrolTitle")}</h1>
          <MfaEnrolment setup={setup} next={next} />
        </Card>
      </div>
    </ClientMessages>
  );
}
