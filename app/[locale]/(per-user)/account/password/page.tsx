import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { requirePageRole } from "@/lib/server/auth/session";
import { ALL_ROLES } from "@/lib/shared/roles";
import { PasswordForm } from "./password-form";
import { passwordFormMessages } from "./password-form.messages";

export default async function ChangePasswordPage() {
  await requirePageRole(ALL_ROLES, "/account/password");
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={passwordFormMessages}>
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="mb-2 text-2xl font-semibold">{t("changePassword")}</h1>
          <p className="mb-6 text-sm text-slate-600">{t("changePasswordIntro")}</p>
          <PasswordForm />
        </Card>
      </div>
    </ClientMessages>
  );
}
