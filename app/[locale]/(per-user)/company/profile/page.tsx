import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { awaitingVerification, mayPrepareVerification } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getOwnCompany } from "@/lib/server/companies/company-profile";
import { getDb } from "@/lib/server/db";
import { DocumentDeleteButton } from "./document-delete-button";
import { documentDeleteButtonMessages } from "./document-delete-button.messages";
import { DocumentUploadForm } from "./document-upload-form";
import { documentUploadFormMessages } from "./document-upload-form.messages";
import { ProfileForm } from "./profile-form";
import { profileFormMessages } from "./profile-form.messages";
import { SubmitVerificationButton } from "./submit-verification-button";
import { submitVerificationButtonMessages } from "./submit-verification-button.messages";

export default async function CompanyProfilePage() {
  const user = await requirePageRole(["COMPANY"], "/company/profile");
  const [t, format, db] = await Promise.all([getTranslations("company"), getFormatter(), getDb()]);
  const company = await getOwnCompany(db, user.id);
  const documents = await db.companyDocument.findMany({ where: { companyId: company.id }, orderBy: { uploadedAt: "asc" } });
  const awaiting = awaitingVerification(company);
  // Documents and the verification request, while the company is not verified and has not submitted yet.
  const editable = mayPrepareVerification(company, user);
  return (
    <ClientMessages
      namespaces={[
        ...documentDeleteButtonMessages,
        ...documentUploadFormMessages,
        ...profileFormMessages,
        ...submitVerificationButtonMessages,
      ]}
    >
      <div className="space-y-6">
        <PageHeader title={t("profileTitle")} />
        <VerificationBanner status={company.status} awaiting={awaiting} comment={company.verificationComment} />
        <Card>
          <dl className="mb-6 grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-500">{t("name")}</dt>
              <dd>{company.name}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("creditCode")}</dt>
              <dd>{company.creditCode}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("legalRepresentative")}</dt>
              <dd>{company.legalRepresentative}</dd>
            </div>
          </dl>
          <ProfileForm
            locked={awaiting}
            values={{
              contactPhone: company.contactPhone,
              industry: company.industry,
              address: company.address ?? "",
              description: company.description ?? "",
            }}
          />
        </Card>
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("documentsTitle")}</h2>
          {documents.length === 0 ? (
            <EmptyState>{t("noDocuments")}</EmptyState>
          ) : (
            <ul className="mb-6 divide-y" data-testid="document-list">
              {documents.map((document) => (
                <li key={document.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <strong>{t(`documentKinds.${document.kind}`)}</strong> · {document.fileName} ·{" "}
                    {format.dateTime(document.uploadedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                  <span className="flex items-center gap-3">
                    <a href={`/api/documents/${document.id}`} target="_blank" rel="noopener">
                      {t("view")}
                    </a>
                    {editable && <DocumentDeleteButton documentId={document.id} />}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {editable && <DocumentUploadForm />}
        </Card>
        {editable && (
          <Card>
            <h2 className="mb-4 text-lg font-semibold">{t("verificationTitle")}</h2>
            <SubmitVerificationButton />
          </Card>
        )}
      </div>
    </ClientMessages>
  );
}

async function VerificationBanner({ status, awaiting, comment }: { status: string; awaiting: boolean; comment: string | null }) {
  const t = await getTranslations("company");
  if (status !== "INVALID") return <p className="rounded-md bg-green-50 p-3 text-green-800">{t("activeNotice")}</p>;
  if (awaiting)
    return (
      <p className="rounded-md bg-blue-50 p-3 text-blue-900" data-testid="verification-status">
        {t("awaitingVerification")}
      </p>
    );
  if (comment)
    return (
      <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="verification-status">
        {t("verificationReturned", { comment })}
      </p>
    );
  return <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t("inactiveNotice")}</p>;
}
