import { getFormatter, getTranslations } from "next-intl/server";

interface HistoryRow {
  id: bigint;
  event: string;
  fromStatus: string;
  toStatus: string;
  reason: string | null;
  createdAt: Date;
}

/** A loan project's status changes, newest first, with every reviewer's reason. */
export async function LoanStatusHistory({ history }: { history: HistoryRow[] }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("loanRequests"), getTranslations("loans.status"), getFormatter()]);
  if (history.length === 0) return <p className="text-sm text-slate-500">{t("noHistory")}</p>;
  return (
    <ol className="space-y-3 text-sm" data-testid="status-history">
      {history.map((row) => (
        <li key={String(row.id)} className="border-l-2 border-slate-200 pl-3">
          <p>
            <strong>{t.has(`events.${row.event}`) ? t(`events.${row.event}`) : row.event}</strong>
            {row.fromStatus && tStatus.has(row.fromStatus) && (
              <span className="text-slate-500">
                {" "}
                · {tStatus(row.fromStatus)} → {tStatus.has(row.toStatus) ? tStatus(row.toStatus) : row.toStatus}
              </span>
            )}
          </p>
          <p className="text-xs text-slate-500">{format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
          {row.reason && <p className="mt-1 rounded bg-slate-50 p-2">{row.reason}</p>}
        </li>
      ))}
    </ol>
  );
}
