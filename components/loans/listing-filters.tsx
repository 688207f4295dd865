import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IgnoredFiltersNotice } from "@/components/loans/ignored-filters-notice";
import { UnroutedQueryNotice } from "@/components/loans/unrouted-query-notice";
import { unroutedQueryNoticeMessages } from "@/components/loans/unrouted-query-notice.messages";
import { buttonClasses } from "@/components/ui/button-classes";
import { bpToPercentText } from "@/lib/domain/money";
import { RepaymentMethods } from "@/lib/domain/schedules";
import {
  type IgnoredListingParam,
  LISTING_SORTS,
  type ListingUrlState,
  MAX_FILTER_RATE_BP,
  MAX_LISTING_PAGE,
  MAX_LISTING_PARAM_LENGTH,
  PUBLIC_LOAN_STATUSES,
  TERM_BUCKETS,
} from "@/lib/server/listings/query";
import type { LoansTranslator } from "./listing-text";

// A control whose URL value was ignored is outlined like an invalid form field.
// Named classes (app/globals.css): the form is on every listing page.
const control = "filter-control";
const label = "filter-label";

const ignoredId = (param: string) => `filter-ignored-${param}`;

/**
 * The listing's filters as a plain GET form: it works before JavaScript loads, and the resulting URL can be
 * bookmarked or shared. Submitting starts again at page 1 (the form has no page field).
 * `ignored`: URL values that did not apply, each explained above the fields and tied to its control
 * (aria-invalid, aria-describedby); `typed`: the rejected rate boxes' text, shown again as typed;
 * `queryUnseen`: the page was rendered without the URL's query (plain /loans), so the browser reports unknown
 * parameters instead.
 */
export function ListingFilters({
  url,
  t,
  action = "/loans",
  ignored = [],
  typed = {},
  queryUnseen = false,
}: {
  url: ListingUrlState;
  t: LoansTranslator;
  action?: string;
  ignored?: IgnoredListingParam[];
  typed?: { minRate?: string; maxRate?: string };
  queryUnseen?: boolean;
}) {
  const problem = (param: string) =>
    ignored.some((i) => i.param === param) ? { "aria-invalid": true, "aria-describedby": ignoredId(param) } : {};
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
      <IgnoredFilters ignored={ignored} t={t} />
      {queryUnseen && (
        <ClientMessages namespaces={unroutedQueryNoticeMessages}>
          <UnroutedQueryNotice />
        </ClientMessages>
      )}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <div className="col-span-2 space-y-1 md:col-span-1">
          <label htmlFor="filter-status" className={label}>
            {t("filters.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={url.status ?? ""} className={control} {...problem("status")}>
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
            defaultValue={typed.minRate ?? url.minRate ?? ""}
            placeholder={t("filters.ratePlaceholderMin")}
            className={control}
            {...problem("minRate")}
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
            defaultValue={typed.maxRate ?? url.maxRate ?? ""}
            placeholder={t("filters.ratePlaceholderMax")}
            className={control}
            {...problem("maxRate")}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-term" className={label}>
            {t("filters.term")}
          </label>
          <select id="filter-term" name="term" defaultValue={url.term ?? ""} className={control} {...problem("term")}>
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
          <select id="filter-method" name="method" defaultValue={url.method ?? ""} className={control} {...problem("method")}>
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
          <select id="filter-sort" name="sort" defaultValue={url.sort} className={control} {...problem("sort")}>
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
        <Link prefetch={false} href={action} className="text-sm">
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}

/** What was left out of the URL and why, in the visitor's language (issue 8 §6: nothing is dropped silently). */
function IgnoredFilters({ ignored, t }: { ignored: IgnoredListingParam[]; t: LoansTranslator }) {
  const limits = { rate: bpToPercentText(MAX_FILTER_RATE_BP), page: String(MAX_LISTING_PAGE), length: String(MAX_LISTING_PARAM_LENGTH) };
  const sentence = ({ param, value, reason }: IgnoredListingParam) => {
    if (reason === "unknown") return t("filterIgnored.unknown", { param, value });
    const name = t(`filterIgnored.names.${param as "status"}`);
    const max = reason === "page" ? limits.page : reason === "tooLong" ? limits.length : limits.rate;
    return t(`filterIgnored.${reason}`, { name, value, max });
  };
  const items = ignored.map((item) => ({
    key: item.param,
    id: item.reason === "unknown" ? undefined : ignoredId(item.param),
    text: sentence(item),
  }));
  return <IgnoredFiltersNotice heading={t("filterIgnored.heading")} items={items} />;
}

function termLabel(term: string, t: LoansTranslator): string {
  const [min, max] = term.split("-");
  if (!term.includes("-")) return t("filters.termExact", { months: Number(term) });
  if (min && max) return t("filters.termRange", { min, max });
  if (min) return t("filters.termAtLeast", { min });
  return t("filters.termAtMost", { max });
}
