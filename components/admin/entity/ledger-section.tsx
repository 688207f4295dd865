import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { LedgerEntryRow } from "@/lib/server/entity-records";
import type { Page } from "@/lib/shared/pagination";
import { EntitySection } from "./entity-section";
import type { Query } from "./labels";

/**
 * A record's journal entries, newest first: kind, when, idempotency key, and the postings (account, signed
 * amount in ¥), the record's own accounts first and marked. Long entries show their first postings and say
 * how many more there are.
 */
export async function LedgerSection({ list, basePath, query }: { list: Page<LedgerEntryRow>; basePath: string; query: Query }) {
  const [t, format, locale] = await Promise.all([getTranslations("entity.ledger"), getFormatter(), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  return (
    <EntitySection
      title={t("title")}
      testId="entity-ledger"
      list={list}
      empty={t("empty")}
      basePath={basePath}
      query={query}
      pageParam="lp"
    >
      <ul className="space-y-4 text-sm">
        {list.items.map((entry) => (
          <li key={entry.id} className="min-w-0 border-l-2 border-slate-200 pl-3" data-testid="ledger-entry" data-kind={entry.kind}>
            <p>
              <strong>{t.has(`kinds.${entry.kind}`) ? t(`kinds.${entry.kind}`) : entry.kind}</strong>
              <span className="text-xs text-slate-500">
                {" "}
                · {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </span>
            </p>
            <p className="text-xs break-all text-slate-500">
              {t("key")}: <code data-testid="ledger-key">{entry.idempotencyKey}</code>
            </p>
            <table className="mt-2 w-full table-fixed text-xs">
              <caption className="sr-only">{t("postings")}</caption>
              <thead className="text-slate-500">
                <tr>
                  <th scope="col" className="text-left font-medium">
                    {t("account")}
                  </th>
                  <th scope="col" className="w-32 text-right font-medium">
                    {t("amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {entry.postings.map((posting) => (
                  <tr
                    key={String(posting.id)}
                    data-testid="ledger-posting"
                    data-own={posting.own || undefined}
                    className={posting.own ? "font-semibold" : ""}
                  >
                    <td className="py-0.5 pr-2 break-all" data-testid="posting-account">
                      {posting.accountCode}
                    </td>
                    <td
                      className={`py-0.5 text-right tabular-nums ${posting.amountFen < 0n ? "text-red-700" : "text-green-800"}`}
                      data-testid="posting-amount"
                    >
                      <Figure>{posting.amountFen > 0n ? `+${money(posting.amountFen)}` : money(posting.amountFen)}</Figure>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {entry.postingCount > entry.postings.length && (
              <p className="mt-1 text-xs text-slate-500">{t("more", { count: entry.postingCount - entry.postings.length })}</p>
            )}
          </li>
        ))}
      </ul>
    </EntitySection>
  );
}
