import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, PageHeader } from "@/components/ui/card";
import { bpToPercentText, fenToYuanString, formatRateBp } from "@/lib/domain/money";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { getInvitationLifetimeHours } from "@/lib/server/invitations/settings";
import { getCompanyStatusSettings } from "@/lib/server/settings/company-status-settings";
import { getServiceFeeBp } from "@/lib/server/settings/disbursement-fee";
import { getInvestmentSettings } from "@/lib/server/settings/investment-settings";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { getSiteFooterSettings } from "@/lib/server/settings/site-footer";
import { CompanyStatusSettingsForm } from "./company-status-settings-form";
import { companyStatusSettingsFormMessages } from "./company-status-settings-form.messages";
import { InvestmentSettingsForm } from "./investment-settings-form";
import { investmentSettingsFormMessages } from "./investment-settings-form.messages";
import { InvitationLifetimeForm } from "./invitation-lifetime-form";
import { invitationLifetimeFormMessages } from "./invitation-lifetime-form.messages";
import { LoanLimitsForm } from "./loan-limits-form";
import { loanLimitsFormMessages } from "./loan-limits-form.messages";
import { ServiceFeeForm } from "./service-fee-form";
import { serviceFeeFormMessages } from "./service-fee-form.messages";
import { SiteFooterForm } from "./site-footer-form";
import { siteFooterFormMessages } from "./site-footer-form.messages";

export default async function SettingsPage() {
  await requirePageRole(["ADMIN"], "/admin/settings");
  const [t, tInvitations, tFooter, tInvesting, tFee, tCompanyStatus, db] = await Promise.all([
    getTranslations("admin"),
    getTranslations("invitations"),
    getTranslations("site.settings"),
    getTranslations("investing.settings"),
    getTranslations("disbursement"),
    getTranslations("companyStatus.settings"),
    getDb(),
  ]);
  const [limits, lifetimeHours, footer, investing, serviceFeeBp, companyStatus] = await Promise.all([
    getLoanLimits(db),
    getInvitationLifetimeHours(db),
    getSiteFooterSettings(db),
    getInvestmentSettings(db),
    getServiceFeeBp(db),
    getCompanyStatusSettings(db),
  ]);
  const percent = (bp: number) => formatRateBp(bp).replace("%", "");
  return (
    <ClientMessages
      namespaces={[
        ...invitationLifetimeFormMessages,
        ...loanLimitsFormMessages,
        ...siteFooterFormMessages,
        ...investmentSettingsFormMessages,
        ...serviceFeeFormMessages,
        ...companyStatusSettingsFormMessages,
      ]}
    >
      <div>
        <PageHeader title={t("settings")} />
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("loanLimits")}</h2>
          <p className="mb-6 text-sm text-slate-600">{t("settingsIntro")}</p>
          <LoanLimitsForm
            values={{
              minAmount: fenToYuanString(limits.minAmountFen),
              maxAmount: fenToYuanString(limits.maxAmountFen),
              minRate: percent(limits.minRateBp),
              maxRate: percent(limits.maxRateBp),
              minTermMonths: String(limits.minTermMonths),
              maxTermMonths: String(limits.maxTermMonths),
              minFundraisingDays: String(limits.minFundraisingDays),
              maxFundraisingDays: String(limits.maxFundraisingDays),
              minInvestmentUnit: fenToYuanString(limits.minInvestmentUnitFen),
            }}
          />
        </Card>
        <Card className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{tFee("settingsTitle")}</h2>
          <p className="mb-6 text-sm text-slate-600">{tFee("settingsNote")}</p>
          <ServiceFeeForm serviceFee={bpToPercentText(serviceFeeBp)} />
        </Card>
        <Card className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{tInvitations("settingsTitle")}</h2>
          <p className="mb-6 text-sm text-slate-600">{tInvitations("settingsIntro")}</p>
          <InvitationLifetimeForm lifetimeHours={lifetimeHours} />
        </Card>
        <Card className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{tInvesting("title")}</h2>
          <p className="mb-6 text-sm text-slate-600">{tInvesting("intro")}</p>
          <InvestmentSettingsForm autoConfirm={investing.autoConfirm} />
        </Card>
        <Card className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{tCompanyStatus("title")}</h2>
          <p className="mb-6 text-sm text-slate-600">{tCompanyStatus("intro")}</p>
          <CompanyStatusSettingsForm upgradeMinMonths={companyStatus.upgradeMinMonths} />
        </Card>
        <Card className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{tFooter("title")}</h2>
          <p className="mb-6 text-sm text-slate-600">{tFooter("intro")}</p>
          <SiteFooterForm
            values={{
              icpLine: footer.icpLine ?? "",
              servicePhone: footer.servicePhone ?? "",
              serviceEmail: footer.serviceEmail ?? "",
              serviceHours: footer.serviceHours ?? "",
            }}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
