import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { getDb } from "@/lib/server/db";
import { checkInvitation } from "@/lib/server/invitations/activate";
import { ActivationForm } from "./activation-form";
import { activationFormMessages } from "./activation-form.messages";

// The token is in the address: keep it out of search indexes and out of Referer headers to other sites
// ("same-origin", not "no-referrer", which would also blank the Origin of the form post and fail its CSRF check).
export async function generateMetadata() {
  return {
    title: (await getTranslations("invitations"))("activateTitle"),
    robots: { index: false, follow: false },
    referrer: "same-origin",
  };
}

/** Anonymous: the link's token is the only credential. Only a live link names the account it belongs to. */
export default async function ActivatePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, db] = await Promise.all([getTranslations("invitations"), getFormatter(), getDb()]);
  const invitation = await checkInvitation(db, token.slice(0, 100));
  return (
    <ClientMessages namespaces={activationFormMessages}>
      <div className="mx-auto max-w-md">
        <Card>
          {invitation.status === "VALID" ? (
            <>
              <h1 className="mb-4 text-2xl font-semibold">{t("activateTitle")}</h1>
              <p className="mb-2 text-sm text-slate-700" data-testid="activation-intro">
                {t("activateIntro", { name: invitation.displayName, email: invitation.email })}
              </p>
              <p className="mb-6 text-xs text-slate-500">
                {t("validUntil", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </p>
              <ActivationForm token={token} />
            </>
          ) : (
            <>
              <h1 className="mb-4 text-2xl font-semibold">{t("unusableTitle")}</h1>
              <p role="alert" className="mb-6 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="activation-unusable">
                {t(`link${invitation.status}`)}
              </p>
              <Link href="/login">{t("goToLogin")}</Link>
            </>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
