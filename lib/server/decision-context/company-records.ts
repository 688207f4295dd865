import type { Db } from "@/lib/server/db/types";

/** How much of a company's past a decision page shows: the newest rows of each kind. */
export const RECORD_LIMITS = { history: 20, projects: 20, requests: 10 } as const;

const companyColumns = {
  id: true,
  name: true,
  creditCode: true,
  creditCodeChecksumUnverified: true,
  legalRepresentative: true,
  contactPhone: true,
  industry: true,
  registeredCapitalFen: true,
  address: true,
  description: true,
  status: true,
  profileCompletedAt: true,
  verificationComment: true,
  activatedAt: true,
  createdAt: true,
  user: { select: { email: true } },
  documents: {
    orderBy: { uploadedAt: "asc" },
    select: { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true, uploadedAt: true },
  },
} as const;

/**
 * What staff see of a company before deciding anything about it (issue 8 §1): its profile and status,
 * activation date, documents (served by /api/documents/[id]), status history, loan projects and review
 * requests with the maker's and checker's reasons, and what it owes now (`standing`). Lists are newest first and capped by RECORD_LIMITS;
 * `projectCount` is the company's full number of projects.
 *
 * Batched for a page of subjects: seven queries whatever the number of companies (no per-row look-ups).
 * Unknown ids are simply absent from the map.
 */
export async function loadCompanyRecords(db: Db, companyIds: readonly string[]) {
  const ids = [...new Set(companyIds)];
  const [companies, history, projects, projectCounts, requests, standings] = await Promise.all([
    db.company.findMany({ where: { id: { in: ids } }, select: companyColumns }),
    db.statusHistory.findMany({
      where: { entityType: "COMPANY", entityId: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, entityId: true, event: true, fromStatus: true, toStatus: true, reason: true, createdAt: true },
    }),
    db.loanProject.findMany({
      where: { companyId: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, companyId: true, title: true, status: true, amountFen: true, createdAt: true, publishedAt: true },
    }),
    db.loanProject.groupBy({ by: ["companyId"], where: { companyId: { in: ids } }, _count: { _all: true } }),
    db.reviewRequest.findMany({
      where: { targetType: "COMPANY", targetId: { in: ids } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
    // What each company owes now and how many of its instalments are overdue (docs/domain/repayment.md).
    db.$queryRaw<{ companyId: string; owed: bigint | null; overdue: bigint }[]>`
      SELECT p."companyId",
             sum(i."principalFen" - i."paidPrincipalFen" + i."interestFen" - i."paidInterestFen" - i."interestWaivedFen"
                 + i."penaltyFen" - i."paidPenaltyFen") AS "owed",
             count(*) FILTER (WHERE i."overdueSince" IS NOT NULL) AS "overdue"
        FROM "RepaymentInstalment" i JOIN "LoanProject" p ON p."id" = i."projectId"
       WHERE p."companyId" = ANY(${ids}::text[]) AND i."status" = 'DUE'
       GROUP BY p."companyId"`,
  ]);
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(requests.flatMap((r) => (r.checkerId ? [r.makerId, r.checkerId] : [r.makerId])))] } },
    select: { id: true, displayName: true },
  });
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const countOf = new Map(projectCounts.map((c) => [c.companyId, c._count._all]));
  const standingOf = new Map(
    standings.map((s) => [s.companyId, { outstandingFen: BigInt(s.owed ?? 0n), overdueInstalments: Number(s.overdue) }]),
  );
  const newest = <T>(rows: T[], belongs: (row: T) => boolean, limit: number) => rows.filter(belongs).slice(0, limit);
  return new Map(
    companies.map((company) => [
      company.id,
      {
        company,
        history: newest(history, (h) => h.entityId === company.id, RECORD_LIMITS.history),
        projects: newest(projects, (p) => p.companyId === company.id, RECORD_LIMITS.projects),
        projectCount: countOf.get(company.id) ?? 0,
        /** Principal, interest (not waived) and penalty accrued still owed on all its projects (fen), and its overdue instalments. */
        standing: standingOf.get(company.id) ?? { outstandingFen: 0n, overdueInstalments: 0 },
        requests: newest(requests, (r) => r.targetId === company.id, RECORD_LIMITS.requests).map((r) => ({
          ...r,
          makerName: nameOf.get(r.makerId) ?? "",
          checkerName: r.checkerId ? (nameOf.get(r.checkerId) ?? "") : null,
        })),
      },
    ]),
  );
}

/** One company's record as loadCompanyRecords returns it. */
export type CompanyRecord = NonNullable<ReturnType<Awaited<ReturnType<typeof loadCompanyRecords>>["get"]>>;
