import { getFormatter, getTranslations } from "next-intl/server";
import type { CompanyRecord } from "@/lib/server/decision-context/company-records";

/** The company's documents, each opening through the access-checked download route /api/documents/[id]. */
export async function DocumentList({ documents }: { documents: CompanyRecord["company"]["documents"] }) {
  const [t, tc, format] = await Promise.all([getTranslations("subject"), getTranslations("company"), getFormatter()]);
  return (
    <div data-testid="subject-documents">
      <h3 className="mb-2 font-medium">{t("documents", { count: documents.length })}</h3>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noDocuments")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2">
              <span className="min-w-0">
                {tc(`documentKinds.${document.kind}`)} · <span className="break-all">{document.fileName}</span>{" "}
                <span className="whitespace-nowrap text-slate-500">
                  · {t("uploadedAt", { date: format.dateTime(document.uploadedAt, { dateStyle: "medium" }) })}
                </span>
              </span>
              <a
                href={`/api/documents/${document.id}`}
                target="_blank"
                rel="noopener"
                aria-label={t("viewDocument", { name: document.fileName })}
                data-testid="document-link"
              >
                {tc("view")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
