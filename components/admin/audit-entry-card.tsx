import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type AuditEntry, type AuditSentence, actionLabelKey } from "@/lib/audit-log/describe-entry";

/**
 * One audit-log entry: its sentence (subject linked where the reader may open it), the maker's reason, when
 * and what kind of action, and the raw record folded away. Wraps at any width: nothing here is wider than
 * its column, so a 390 px phone never scrolls sideways.
 */
export async function AuditEntryCard({ entry, sentence, time }: { entry: AuditEntry; sentence: AuditSentence; time: string }) {
  const [t, tInvitations] = await Promise.all([getTranslations(), getTranslations("invitations")]);
  const raw = {
    id: entry.id,
    createdAt: entry.createdAt.toISOString(),
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.subject.type,
    targetId: entry.subject.id,
    data: entry.data ?? null,
  };
  return (
    <li
      className={`min-w-0 py-3 ${sentence.highlighted ? "-mx-2 rounded-md bg-amber-50 px-2" : ""}`}
      data-testid="audit-row"
      data-action={entry.action}
      data-highlighted={sentence.highlighted || undefined}
    >
      {sentence.highlighted && (
        <span
          className="mb-1 inline-block rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950"
          data-testid="audit-highlight"
        >
          {tInvitations(`audit${entry.action}`)}
        </span>
      )}
      <p className="break-words text-sm text-slate-900" data-testid="audit-sentence">
        {t.rich(sentence.key, {
          ...sentence.values,
          link: (chunks) =>
            sentence.href ? (
              <Link href={sentence.href} className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ) : (
              <span className="font-medium">{chunks}</span>
            ),
        })}
      </p>
      {sentence.reason && (
        <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-700" data-testid="audit-reason">
          {t("audit.reason", { reason: sentence.reason })}
        </p>
      )}
      <div className="mt-1 flex flex-wrap items-baseline gap-x-3 text-xs text-slate-500">
        <time dateTime={raw.createdAt}>{time}</time>
        <span>{t(actionLabelKey(entry.action))}</span>
        {/* Closed, it sits at the end of this line; open, the record takes a line of its own. */}
        <details className="open:basis-full" data-testid="audit-raw">
          <summary className="cursor-pointer text-slate-600">{t("audit.raw")}</summary>
          <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-slate-700">
            {JSON.stringify(raw, null, 2)}
          </pre>
        </details>
      </div>
    </li>
  );
}
