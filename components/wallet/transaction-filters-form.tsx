import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-classes";
import { Field } from "@/components/ui/field";
import { JOURNAL_ENTRY_KINDS } from "@/lib/server/ledger";
import type { TransactionFilters } from "@/lib/server/wallet";
import { kindLabel, type WalletTranslator } from "./wallet-text";

/** The transactions filter: a plain GET form (works without JavaScript); applying it starts again at page 1. */
export function TransactionFiltersForm({ filters, basePath, t }: { filters: TransactionFilters; basePath: string; t: WalletTranslator }) {
  return (
    <form method="get" action={basePath} aria-label={t("transactions.filters")} className="grid grid-cols-2 items-end gap-3 lg:grid-cols-4">
      <Field label={t("transactions.from")} name="from" type="date" defaultValue={filters.from ?? ""} className="min-w-0" />
      <Field label={t("transactions.to")} name="to" type="date" defaultValue={filters.to ?? ""} className="min-w-0" />
      <div className="col-span-2 min-w-0 space-y-1 lg:col-span-1">
        <label htmlFor="transactions-kind" className="block text-sm font-medium text-slate-700">
          {t("transactions.kind")}
        </label>
        <select
          id="transactions-kind"
          name="kind"
          defaultValue={filters.kind ?? ""}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm"
        >
          <option value="">{t("transactions.allKinds")}</option>
          {JOURNAL_ENTRY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(t, kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex flex-wrap gap-3 lg:col-span-1">
        <button type="submit" className={buttonClasses()}>
          {t("transactions.apply")}
        </button>
        <Link href={basePath} className={`${buttonClasses("secondary")} hover:no-underline`}>
          {t("transactions.clear")}
        </Link>
      </div>
    </form>
  );
}
