import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { bpToPercentText } from "@/lib/domain/money";
import type { Db } from "@/lib/server/db/types";
import { getOverdueSettings } from "@/lib/server/settings/overdue-settings";
import { OverdueSettingsForm } from "./overdue-settings-form";
import { overdueSettingsFormMessages } from "./overdue-settings-form.messages";

/** The overdue settings' card on /admin/settings: the form, and the penalty as % a day and % a year (simple, 365 days). */
export async function OverdueSettingsBlock({ db }: { db: Db }) {
  const [t, settings] = await Promise.all([getTranslations("overdue.settings"), getOverdueSettings(db)]);
  const daily = bpToPercentText(settings.penaltyDailyBp);
  return (
    <Card className="mt-6">
      <h2 className="mb-2 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-2 text-sm text-slate-600">{t("intro")}</p>
      <p className="mb-6 text-sm text-slate-600" data-testid="penalty-rates">
        {t("penaltyRates", { daily, yearly: bpToPercentText(settings.penaltyDailyBp * 365), bp: settings.penaltyDailyBp })}
      </p>
      <ClientMessages namespaces={overdueSettingsFormMessages}>
        <OverdueSettingsForm graceDays={String(settings.graceDays)} penaltyDaily={daily} />
      </ClientMessages>
    </Card>
  );
}
