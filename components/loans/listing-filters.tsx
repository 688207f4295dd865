import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-classes";
import { RepaymentMethods } from "@/lib/domain/schedules";
import { LISTING_SORTS, type ListingUrlState, PUBLIC_LOAN_STATUSES, TERM_BUCKETS } from "@/lib/server/listings/query";
import type { LoansTranslator } from "./listing-text";

const control = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm sm:text-sm";
const label = "block text-sm font-medium text-slate-700";

/**
 * The listing's filters as a plain GET form: it works before JavaScript loads, and the resulting URL can be
 * bookmarked or shared. Submitting starts again at page 1 (the form has no page field).
 */
export function ListingFilters({ url, t, action = "/loans" }: { url: ListingUrlState; t: LoansTranslator; action?: string }) {
  const termOptions: { value: string; label: string }[] = TERM_BUCKETS.map((bucket) => ({
    value: bucket,
    label: t(`filters.termBuckets.${bucket}`),
  }));
  // A term from a shared or hand-written URL that is not one of the buckets stays selectable.
  if (url.term && !termOptions.some((o) => o.value === url.term)) termOptions.push({ value: url.term, label: termLabel(url.term, t) });

  return (
    <form
      method="get"
      action={action}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={t("filters.heading")}
    >
      <h2 className="sr-only">{t("filters.heading")}</h2>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <div className="col-span-2 space-y-1 md:col-span-1">
          <label htmlFor="filter-status" className={label}>
            {t("filters.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={url.status ?? ""} className={control}>
            <option value="">{t("filters.allStatuses")}</option>
            {PUBLIC_LOAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-min-rate" className={label}>
            {t("filters.minRate")}
          </label>
          <input
            id="filter-min-rate"
            name="minRate"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={url.minRate ?? ""}
            placeholder={t("filters.ratePlaceholderMin")}
            className={control}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-max-rate" className={label}>
            {t("filters.maxRate")}
          </label>
          <input
            id="filter-max-rate"
            name="maxRate"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={url.maxRate ?? ""}
            placeholder={t("filters.ratePlaceholderMax")}
            className={control}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-term" className={label}>
            {t("filters.term")}
          </label>
          <select id="filter-term" name="term" defaultValue={url.term ?? ""} className={control}>
            <option value="">{t("filters.anyTerm")}</option>
            {termOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-method" className={label}>
            {t("filters.method")}
          </label>
          <select id="filter-method" name="method" defaultValue={url.method ?? ""} className={control}>
            <option value="">{t("filters.anyMethod")}</option>
            {RepaymentMethods.map((method) => (
              <option key={method} value={method}>
                {t(`method.${method}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-sort" className={label}>
            {t("filters.sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={url.sort} className={control}>
            {LISTING_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClasses("primary")}>
          {t("filters.apply")}
        </button>
        <Link href={action} className="text-sm">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}

function termLabel(term: string, t: LoansTranslator): string {
  const [min, max] = term.split("-");
  if (!term.includes("-")) return t("filters.termExact", { months: Number(term) });
  if (min && max) return t("filters.termRange", { min, max });
  if (min) return t("filters.termAtLeast", { min });
  return t("filters.termAtMost", { max });
}
