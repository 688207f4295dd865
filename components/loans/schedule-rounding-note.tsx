import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";

/**
 * Issue 14: under every schedule shown, one line saying that the last instalment absorbs the rounding and the
 * interest actually paid (`interestFen`: the sum of the shown instalments' interest, in fen — e.g. ¥910,615.12 on
 * the textbook 等额本息 loan, not the ¥910,616.19 of the unrounded payment). Server or client component.
 */
export function ScheduleRoundingNote({ interestFen }: { interestFen: bigint }) {
  const t = useTranslations("loans.schedule");
  const locale = toLocale(useLocale());
  return (
    <p className="mt-2 text-xs text-slate-500" data-testid="schedule-rounding-note">
      {t("roundingNote", { amount: formatMoney(interestFen, locale) })}
    </p>
  );
}
