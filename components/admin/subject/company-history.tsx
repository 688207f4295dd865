import { getFormatter, getTranslations } from "next-intl/server";
import type { CompanyRecord } from "@/lib/server/decision-context/company-records";

/** The company's status changes, newest first, with the reason recorded for each. */
export async function CompanyHistory({ history }: { history: CompanyRecord["history"] }) {
  const [t, tr, tc, format] = await Promise.all([
    getTranslations("subject"),
    getTranslations("review"),
    getTranslations("company"),
    getFormatter(),
  ]);
  const status = (s: string) => (tc.has(`status.${s}`) ? tc(`status.${s}`) : s);
  return (
    <div data-testid="company-history">
      <h3 className="mb-2 font-medium">{t("companyHistory")}</h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noCompanyHistory")}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {history.map((row) => (
            <li key={String(row.id)} className="border-l-2 border-slate-200 pl-3 break-words">
              <strong>{tr.has(`actions.${row.event}`) ? tr(`actions.${row.event}`) : row.event}</strong>
              {row.fromStatus && (
                <span className="text-slate-500">
                  {" "}
                  · {status(row.fromStatus)} → {status(row.toStatus)}
                </span>
              )}
              <span className="block text-xs text-slate-500">
                {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </span>
              {row.reason && <span className="mt-1 block rounded bg-slate-50 p-2">{row.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
