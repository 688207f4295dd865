import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";

/** The public legal documents, each a title, a date, an introduction and numbered sections (messages site.<document>). */
export const LEGAL_DOCUMENTS = { terms: 8, privacy: 7 } as const;
export type LegalDocumentName = keyof typeof LEGAL_DOCUMENTS;

export async function LegalDocument({ name }: { name: LegalDocumentName }) {
  const t = await getTranslations(`site.${name}`);
  const sections = Array.from({ length: LEGAL_DOCUMENTS[name] }, (_, i) => `s${i + 1}`);
  return (
    <article className="mx-auto max-w-3xl" data-testid={`legal-${name}`}>
      <PageHeader title={t("title")} />
      <Card>
        <p className="text-sm text-slate-600">{t("updated")}</p>
        <p className="mt-4">{t("intro")}</p>
        {sections.map((section) => (
          <section key={section} className="mt-6">
            <h2 className="mb-2 text-lg font-semibold">{t(`${section}Title`)}</h2>
            <p className="leading-relaxed text-slate-700">{t(`${section}Body`)}</p>
          </section>
        ))}
      </Card>
    </article>
  );
}

/** `locale`: the page's [locale] segment (metadata is built apart from the page, which sets the locale). */
export async function legalMetadata(name: LegalDocumentName, locale: string) {
  const t = await getTranslations({ locale, namespace: `site.${name}` });
  return { title: t("title") };
}
