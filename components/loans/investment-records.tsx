"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { pageCount } from "@/lib/shared/pagination";
import { type InvestmentRecordsPage, RECORD_TIME } from "@/lib/shared/public-investment-records";

/** A record as shown: the masked name, the amount and the time already formatted. */
export interface ShownInvestmentRecord {
  investorMasked: string;
  amount: string;
  time: string;
}

/** A page as shown; the first is formatted by the server, so hydration cannot differ from the HTML. */
export interface ShownInvestmentRecordsPage extends Omit<InvestmentRecordsPage, "items"> {
  items: ShownInvestmentRecord[];
}

/**
 * A project's masked investment records (张** · ¥5,000.00 · time), newest first, with a pager. The cached
 * project page renders the first page (so it reads without JavaScript); the other pages come from
 * GET /api/loans/[id]/investments in the browser, because the cached page cannot read `?page`. While a page
 * loads the rows on screen stay (dimmed), so nothing jumps.
 */
export function InvestmentRecords({ projectId, initial }: { projectId: string; initial: ShownInvestmentRecordsPage }) {
  const t = useTranslations("loans.detail.investments");
  const format = useFormatter();
  const locale = toLocale(useLocale());
  const [shown, setShown] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const request = useRef<AbortController | null>(null);
  const pages = pageCount(shown.total, shown.pageSize);

  const go = (page: number) => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    setFailed(false);
    fetch(`/api/loans/${encodeURIComponent(projectId)}/investments?page=${page}`, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        return response.json() as Promise<InvestmentRecordsPage>;
      })
      .then((answer) => {
        setShown({
          ...answer,
          items: answer.items.map((record) => ({
            investorMasked: record.investorMasked,
            amount: formatMoney(BigInt(record.amountFen), locale),
            time: format.dateTime(new Date(record.createdAt), RECORD_TIME),
          })),
        });
        setLoading(false);
      })
      .catch(() => {
        if (controller.signal.aborted) return;
        setFailed(true);
        setLoading(false);
      });
  };

  return (
    <>
      <div className="overflow-x-auto [contain:inline-size]">
        <table
          className={`w-full text-sm transition-opacity ${loading ? "opacity-50" : ""}`}
          data-testid="investment-records"
          data-page={shown.page}
          aria-busy={loading}
        >
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3 text-left font-medium">
                {t("investor")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">
                {t("amount")}
              </th>
              <th scope="col" className="py-2 text-right font-medium">
                {t("time")}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((record, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: records carry no public id; a page is replaced whole.
              <tr key={`${shown.page}:${index}`} className="border-b border-slate-100 last:border-0">
                <td className="py-2 pr-3">{record.investorMasked}</td>
                <td className="py-2 pr-3 text-right">
                  <Figure>{record.amount}</Figure>
                </td>
                <td className="py-2 text-right whitespace-nowrap text-slate-500">{record.time}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label={t("pager")} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
          <button
            type="button"
            className="min-w-20 text-left text-blue-700 disabled:invisible"
            disabled={loading || shown.page <= 1}
            onClick={() => go(shown.page - 1)}
          >
            {t("newer")}
          </button>
          <span className="text-slate-600" aria-live="polite">
            {failed ? t("loadFailed") : t("pageOf", { page: shown.page, pages })}
          </span>
          <button
            type="button"
            className="min-w-20 text-right text-blue-700 disabled:invisible"
            disabled={loading || shown.page >= pages}
            onClick={() => go(shown.page + 1)}
            data-testid="investment-records-older"
          >
            {t("older")}
          </button>
        </nav>
      )}
    </>
  );
}
