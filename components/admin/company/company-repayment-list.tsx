import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/admin/entity/record-link";
import { Pagination } from "@/components/ui/pagination";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import type { listCompanyRepayments } from "@/lib/server/companies/company-repayments";

type RepaymentPage = Awaited<ReturnType<typeof listCompanyRepayments>>;

/** The company's repayments, newest first, one page, each split into principal, interest and penalty. */
export async function CompanyRepaymentList({ repayments, basePath }: { repayments: RepaymentPage; basePath: string }) {
  const [t, locale, format] = await Promise.all([getTranslations("companyStatus.repayments"), getLocale(), getFormatter()]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  return (
    <section data-testid="company-repayments">
      <h2 className="mb-3 text-lg font-semibold">{t("title", { count: repayments.total })}</h2>
      {repayments.items.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {repayments.items.map((repayment) => (
            <li key={repayment.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="company-repayment">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="break-words">
                  {format.dateTime(repayment.repaidOn, { dateStyle: "medium", timeZone: "UTC" })} · {repayment.project.title}
                </span>
                <strong className="whitespace-nowrap">{money(repayment.amountFen)}</strong>
              </div>
              <p className="mt-1 text-xs text-slate-600">
                {t(`kind.${repayment.kind}`)}
                {repayment.depositId ? ` · ${t("throughCheckout")}` : ""} ·{" "}
                {t("split", {
                  principal: money(repayment.principalFen),
                  interest: money(repayment.interestFen),
                  penalty: money(repayment.penaltyFen),
                })}
              </p>
              {/* A checkout repayment: the deposit that brought the money in. */}
              {repayment.depositId && <RecordLink href={`/admin/deposits/${repayment.depositId}`} className="text-xs" />}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={repayments.page} pageSize={repayments.pageSize} total={repayments.total} basePath={basePath} />
    </section>
  );
}
