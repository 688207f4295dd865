import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import type { Role } from "@/lib/generated/prisma/enums";
import { requirePageRole, type SessionUser } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import type { Db } from "@/lib/server/db/types";
import type { EntityRef } from "@/lib/server/entity-records";
import { isDomainError } from "@/lib/server/errors";
import { rolesWith } from "@/lib/shared/capabilities";
import { EntityRecordSections } from "./entity-record-sections";
import type { Query } from "./labels";

/** What Next.js gives a staff record page (/admin/<records>/[id]). */
export interface RecordPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Query>;
}

/** What EntityRecordSections takes: the record, its reader and page, and where its sections' page links go. */
export type SectionsProps = Omit<React.ComponentProps<typeof EntityRecordSections>, "withHistoryAndRequests">;

/**
 * The opening every staff record page shares (issue 13 §4): the id and the query, the reader (requirePageRole:
 * by default the roles with "records.view"; the record's own path to come back to after signing in), the
 * database, and the record read by its service, notFound() when it answers NOT_FOUND (any other error is
 * thrown on). Call it from the page function itself, so the guard runs whenever the page is called.
 * `path` is the list's path ("/admin/deposits"), `type` the record's entity type; `sections` is what the
 * shared sections (RecordPage, EntityRecordSections) take, their page links on the record's path.
 */
export async function openRecordPage<R>(
  { params, searchParams }: RecordPageProps,
  opening: {
    path: string;
    type: EntityRef["type"];
    read: (db: Db, user: SessionUser, id: string) => Promise<R>;
    roles?: readonly Role[];
  },
): Promise<{ query: Query; user: SessionUser; db: Db; record: R; sections: SectionsProps }> {
  const { id } = await params;
  const query = await searchParams;
  const basePath = `${opening.path}/${id}`;
  const user = await requirePageRole(opening.roles ?? rolesWith("records.view"), basePath);
  const db = await getDb();
  const record = await opening.read(db, user, id).catch((error) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { query, user, db, record, sections: { db, actor: user, record: { type: opening.type, id }, basePath, query } };
}

/**
 * The record pages' messages ("entity") and formats: `money` as ¥ in the reader's locale (fen in), `time` as
 * a medium date and short time in the business time zone the request's formatter has (i18n/request.ts; "—"
 * for none).
 */
export async function recordFormats() {
  const [t, format, locale] = await Promise.all([getTranslations("entity"), getFormatter(), getLocale()]);
  const money = (fen: bigint) => formatMoney(fen, toLocale(locale));
  const time = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return { t, money, time };
}

/**
 * A staff record page's frame: the title with the record's status (`record-status`), the note on times (or
 * the page's own `note`), the page's own parts, then the sections every record shares (EntityRecordSections,
 * from openRecordPage's `sections`).
 */
export async function RecordPage({
  title,
  status,
  note,
  sections,
  children,
}: {
  title: string;
  status: string;
  note?: React.ReactNode;
  sections: SectionsProps;
  children: React.ReactNode;
}) {
  const t = await getTranslations("entity");
  return (
    <div className="space-y-6">
      <PageHeader title={title}>
        <span data-testid="record-status">{status}</span>
      </PageHeader>
      {note ?? <p className="text-sm text-slate-600">{t("timesNote")}</p>}
      {children}
      <EntityRecordSections {...sections} />
    </div>
  );
}
