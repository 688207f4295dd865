"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Figure } from "@/components/ui/figure";
import { type FigureColumn, FigureTableHead, FigureTableRow } from "@/components/ui/figure-table";
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
  const columns: FigureColumn[] = [
    { key: "investor", label: t("investor") },
    { key: "amount", label: t("amount"), align: "right" },
    { key: "time", label: t("time"), align: "right", cellClassName: "whitespace-nowrap text-slate-500" },
  ];

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
          <FigureTableHead columns={columns} />
          <tbody>
            {shown.items.map((record, index) => (
              <FigureTableRow
                // biome-ignore lint/suspicious/noArrayIndexKey: records carry no public id; a page is replaced whole.
                key={`${shown.page}:${index}`}
                columns={columns}
                cells={[record.investorMasked, <Figure key="amount">{record.amount}</Figure>, record.time]}
              />
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
