import type { AuditEntry, AuditSubject, LoanProjectRef } from "@/lib/audit-log/describe-entry";
import type { AuditFilter } from "@/lib/audit-log/filter";
import { endOfBusinessDay, startOfBusinessDay } from "@/lib/domain/dates";
import type { Actor } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/server/auth/assert-can";
import { getBusinessTimeZone } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { PUBLIC_LOAN_STATUSES } from "@/lib/server/listings/query";
import { listPage, type Page } from "@/lib/shared/pagination";

/**
 * The rows matching the filter on every page (total) and this page of them, newest first, each with its actor
 * and its subject resolved (names, links' facts).
 */
export type AuditLogPage = Page<AuditEntry>;

interface Row {
  id: bigint;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: unknown;
  createdAt: Date;
  actorName: string | null;
  actorRole: Role | null;
}

/**
 * The admin's audit trail (admins only), newest first. `filter` holds parsed choices (lib/audit-log/filter.ts);
 * its dates are business dates in `zone`, both ends included. One page query joined with the actor, one count,
 * then one query per kind of subject on the page to name it (company, project, staff member, request).
 */
export async function listAuditLog(
  db: Db,
  actor: Pick<Actor, "role">,
  filter: AuditFilter,
  page: number,
  pageSize = 50,
  zone = getBusinessTimeZone(),
): Promise<AuditLogPage> {
  assertCan(actor, "audit.read");
  const where = whereClause(filter, zone);
  const { items: rows, ...at } = await listPage(
    page,
    pageSize,
    ({ skip, take }) => db.$queryRaw<Row[]>`
      SELECT a."id", a."actorId", a."action", a."targetType", a."targetId", a."data", a."createdAt",
             u."displayName" AS "actorName", u."role"::text AS "actorRole"
        FROM "AuditLog" a LEFT JOIN "User" u ON u."id" = a."actorId"
        ${where}
       ORDER BY a."createdAt" DESC, a."id" DESC
       LIMIT ${take} OFFSET ${skip}`,
    async () => {
      const counted = await db.$queryRaw<Array<{ total: number }>>`
        SELECT count(*)::int AS "total" FROM "AuditLog" a LEFT JOIN "User" u ON u."id" = a."actorId" ${where}`;
      return counted[0]?.total ?? 0;
    },
  );
  const subjects = await resolveSubjects(db, rows);
  return {
    ...at,
    items: rows.map((row) => ({
      id: String(row.id),
      action: row.action,
      createdAt: row.createdAt,
      actorId: row.actorId,
      actor: row.actorName !== null && row.actorRole !== null ? { name: row.actorName, role: row.actorRole } : null,
      subject: subjects.get(`${row.targetType}:${row.targetId}`) ?? { type: row.targetType, id: row.targetId, label: null },
      data: row.data,
    })),
  };
}

function whereClause(filter: AuditFilter, zone: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filter.action) conditions.push(Prisma.sql`a."action" = ${filter.action}`);
  if (filter.actorRole === "SYSTEM") conditions.push(Prisma.sql`a."actorId" IS NULL`);
  else if (filter.actorRole) conditions.push(Prisma.sql`u."role" = CAST(${filter.actorRole} AS "Role")`);
  if (filter.subjectType) conditions.push(Prisma.sql`a."targetType" = ${filter.subjectType}`);
  if (filter.subjectId) conditions.push(Prisma.sql`a."targetId" = ${filter.subjectId}`);
  if (filter.from) conditions.push(Prisma.sql`a."createdAt" >= ${startOfBusinessDay(filter.from, zone)}`);
  if (filter.to) conditions.push(Prisma.sql`a."createdAt" < ${endOfBusinessDay(filter.to, zone)}`);
  return conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

const isPublic = (status: string) => (PUBLIC_LOAN_STATUSES as readonly string[]).includes(status);

/** Names every subject of the page, keyed "TYPE:id"; a subject whose row is gone is left out (shown by id). */
async function resolveSubjects(db: Db, rows: readonly Row[]): Promise<Map<string, AuditSubject>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId))];
  const requests = await db.reviewRequest.findMany({
    where: { id: { in: ids("REVIEW_REQUEST") } },
    select: { id: true, targetType: true, targetId: true, action: true },
  });
  const investments = await db.investment.findMany({ where: { id: { in: ids("INVESTMENT") } }, select: { id: true, projectId: true } });
  // A request's or investment's own subject is named too, with the companies and projects of the page.
  const companyIds = [...ids("COMPANY"), ...requests.filter((r) => r.targetType === "COMPANY").map((r) => r.targetId)];
  const projectIds = [
    ...ids("LOAN_PROJECT"),
    ...requests.filter((r) => r.targetType === "LOAN_PROJECT").map((r) => r.targetId),
    ...investments.map((i) => i.projectId),
  ];
  const [companies, projects, users] = await Promise.all([
    db.company.findMany({ where: { id: { in: companyIds } }, select: { id: true, name: true } }),
    db.loanProject.findMany({ where: { id: { in: projectIds } }, select: { id: true, title: true, status: true } }),
    db.user.findMany({ where: { id: { in: ids("USER") } }, select: { id: true, displayName: true, role: true } }),
  ]);
  const companyNames = new Map(companies.map((c) => [c.id, c.name]));
  const projectRefs = new Map<string, LoanProjectRef>(
    projects.map((p) => [p.id, { id: p.id, title: p.title, isPublic: isPublic(p.status) }]),
  );
  const labelOf = (type: string, id: string) =>
    type === "COMPANY" ? (companyNames.get(id) ?? null) : type === "LOAN_PROJECT" ? (projectRefs.get(id)?.title ?? null) : null;

  const subjects = new Map<string, AuditSubject>();
  for (const [id, name] of companyNames) subjects.set(`COMPANY:${id}`, { type: "COMPANY", id, label: name });
  for (const [id, p] of projectRefs) subjects.set(`LOAN_PROJECT:${id}`, { type: "LOAN_PROJECT", id, label: p.title, isPublic: p.isPublic });
  for (const u of users) subjects.set(`USER:${u.id}`, { type: "USER", id: u.id, label: u.displayName, role: u.role });
  for (const r of requests) {
    const request = {
      targetType: r.targetType,
      targetId: r.targetId,
      action: r.action,
      label: labelOf(r.targetType, r.targetId),
      isPublic: projectRefs.get(r.targetId)?.isPublic,
    };
    subjects.set(`REVIEW_REQUEST:${r.id}`, { type: "REVIEW_REQUEST", id: r.id, label: null, request });
  }
  for (const i of investments) {
    subjects.set(`INVESTMENT:${i.id}`, { type: "INVESTMENT", id: i.id, label: null, project: projectRefs.get(i.projectId) });
  }
  for (const id of ids("PLATFORM_SETTING")) subjects.set(`PLATFORM_SETTING:${id}`, { type: "PLATFORM_SETTING", id, label: null });
  return subjects;
}
