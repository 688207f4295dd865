import { parseAuditFilter } from "@/lib/audit-log/filter";
import type { Actor } from "@/lib/domain/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { companyDirectoryStatus } from "@/lib/schemas/company-directory";
import { listStaff } from "@/lib/server/accounts/staff-admin";
import { listedQueue, listQueue } from "@/lib/server/admin/queues";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { type Clock, today } from "@/lib/server/clock";
import { listCompanyVerificationQueue } from "@/lib/server/companies/company-verification-review";
import { listCompaniesByStatus } from "@/lib/server/companies/list-companies-by-status";
import type { Db } from "@/lib/server/db/types";
import { listFullSubscriptionReviews } from "@/lib/server/disbursement/read-disbursement-review";
import { listDeposits, parseDepositFilter } from "@/lib/server/entity-records";
import { listInvestmentsToReview } from "@/lib/server/investments";
import { listOutflowQueue, type OutflowQueueRow } from "@/lib/server/outflows";
import { listOverdueProjects } from "@/lib/server/overdue/list-overdue-projects";
import { listOwnReviewRequests, listPendingApprovals } from "@/lib/server/review-requests";
import { rolesWith } from "@/lib/shared/capabilities";
import type { CsvColumn, ExportCell } from "./csv";

/**
 * THE list of staff lists that export to CSV (issue 13 item 3, docs/architecture.md#exports). One entry per list:
 * its key (the URL: GET /api/admin/exports/<key>), the roles that may export it (the same as its page's guard),
 * its columns, and how to read its rows — through the list's own service, the whole list from page 1 up to
 * EXPORT_ROW_CAP rows, in the list's own order and with the page's own filters (`query`: the page's query string).
 *
 * Adding an export: one entry here (columns' headings under `exports.columns` in messages/en and zh-CN), a
 * `<ExportCsvLink list="<key>" />` on its page (components/admin/export-csv-link.tsx), and its row in the
 * authorization matrix (tests/authz/matrix.ts: `GET /api/admin/exports/<key>`, pattern of the route file).
 */

/** The most rows one export writes: the list services' largest page (lib/shared/pagination.ts MAX_PAGE_SIZE). */
export const EXPORT_ROW_CAP = 1000;

/** What reading an export's rows gets: the database, who asks, the page's query string and the clock. */
export interface ExportContext {
  db: Db;
  viewer: Actor;
  query: URLSearchParams;
  clock: Clock;
}

/** An export's rows, as read (`total` counts the whole list, which may pass the cap). */
export interface ExportRows<Row> {
  items: Row[];
  total: number;
}

/** A column: its heading's key (`exports.columns.<key>`), money or not, and its cell of a row. */
export interface ExportColumn<Row> extends CsvColumn {
  cell: (row: Row) => ExportCell;
}

export interface ExportEntry {
  key: ExportKey;
  roles: readonly Role[];
  columns: readonly CsvColumn[];
  /** Reads up to `cap` rows and turns each into its cells, in the columns' order. */
  read: (context: ExportContext, cap: number) => Promise<{ rows: ExportCell[][]; total: number }>;
}

/** Declares an export, typed by its row, as a registry entry. */
function defineExport<Row>(entry: {
  key: ExportKey;
  roles: readonly Role[];
  columns: readonly ExportColumn<Row>[];
  rows: (context: ExportContext, cap: number) => Promise<ExportRows<Row>>;
}): ExportEntry {
  return {
    key: entry.key,
    roles: entry.roles,
    columns: entry.columns.map(({ key, money }) => ({ key, money })),
    read: async (context, cap) => {
      const { items, total } = await entry.rows(context, cap);
      return { rows: items.map((row) => entry.columns.map((column) => column.cell(row))), total };
    },
  };
}

export const EXPORT_KEYS = [
  "companies",
  "preliminaryReviews",
  "finalReviews",
  "fundraisingProjects",
  "investmentReviews",
  "fullSubscriptionReviews",
  "outflowApprovals",
  "outflowsToExecute",
  "overdueProjects",
  "statusChangeApprovals",
  "ownRequests",
  "staff",
  "auditLog",
  "deposits",
] as const;
export type ExportKey = (typeof EXPORT_KEYS)[number];

const REVIEWERS = ["CUSTOMER_SERVICE", "SUPERVISOR"] as const satisfies readonly Role[];
const at = (instant: Date | null) => ({ at: instant });
const fen = (amount: bigint) => ({ fen: amount });

/** The generic queue page's lists (components/admin/queue-page.tsx): loan projects with their company. */
function loanQueueExport(key: "preliminaryReviews" | "finalReviews" | "fundraisingProjects", roles: readonly Role[]) {
  type Row = Awaited<ReturnType<typeof listQueue>>["items"][number];
  return defineExport<Row>({
    key,
    roles,
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "project", cell: (r) => r.title },
      { key: "company", cell: (r) => r.company.name },
      { key: "companyStatus", cell: (r) => r.company.status },
      { key: "amount", money: true, cell: (r) => fen(r.amountFen) },
      { key: "funded", money: true, cell: (r) => fen(r.fundedFen) },
      { key: "annualRateBp", cell: (r) => r.annualRateBp },
      { key: "termMonths", cell: (r) => r.termMonths },
      { key: "submittedAt", cell: (r) => at(r.submittedAt) },
      { key: "fundraisingDeadline", cell: (r) => at(r.fundraisingDeadline) },
    ],
    rows: ({ db }, cap) => listQueue(db, listedQueue(key).list, 1, cap),
  });
}

/** The outflow queues (withdrawals and payouts): card numbers masked, as on the page. */
function outflowExport(key: "outflowApprovals" | "outflowsToExecute", roles: readonly Role[], queue: "approvals" | "execution") {
  return defineExport<OutflowQueueRow>({
    key,
    roles,
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "kind", cell: (r) => r.kind },
      { key: "status", cell: (r) => r.status },
      { key: "amount", money: true, cell: (r) => fen(r.amountFen) },
      { key: "fee", money: true, cell: (r) => fen(r.feeFen) },
      { key: "user", cell: (r) => r.userName },
      { key: "payee", cell: (r) => r.payeeName },
      { key: "bank", cell: (r) => r.bankName },
      { key: "card", cell: (r) => r.cardMasked },
      { key: "projectId", cell: (r) => r.projectId },
      { key: "createdAt", cell: (r) => at(r.createdAt) },
      { key: "decidedAt", cell: (r) => at(r.decidedAt) },
    ],
    rows: ({ db }, cap) => listOutflowQueue(db, queue, 1, cap),
  });
}

/** Review requests as the approval queue and the maker's own list describe them. */
type DescribedRequest = Awaited<ReturnType<typeof listPendingApprovals>>["items"][number];
const REQUEST_COLUMNS: readonly ExportColumn<DescribedRequest>[] = [
  { key: "id", cell: (r) => r.id },
  { key: "createdAt", cell: (r) => at(r.createdAt) },
  { key: "action", cell: (r) => r.action },
  { key: "targetType", cell: (r) => r.targetType },
  { key: "target", cell: (r) => r.target.name },
  { key: "targetStatus", cell: (r) => r.target.status },
  { key: "maker", cell: (r) => r.makerName },
  { key: "reason", cell: (r) => r.reason },
  { key: "status", cell: (r) => r.status },
  { key: "decidedAt", cell: (r) => at(r.decidedAt) },
];

type CompanyRow = {
  id: string;
  name: string;
  creditCode: string;
  industry: string | null;
  status: string;
  submittedAt: Date | null;
  activatedAt: Date | null;
};

export const EXPORTS: readonly ExportEntry[] = [
  // The company page: the verification queue, or with ?status= the companies in that status.
  defineExport<CompanyRow>({
    key: "companies",
    roles: REVIEWERS,
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "company", cell: (r) => r.name },
      { key: "creditCode", cell: (r) => r.creditCode },
      { key: "industry", cell: (r) => r.industry },
      { key: "status", cell: (r) => r.status },
      { key: "submittedAt", cell: (r) => at(r.submittedAt) },
      { key: "activatedAt", cell: (r) => at(r.activatedAt) },
    ],
    rows: async ({ db, query }, cap) => {
      const status = companyDirectoryStatus.parse(query.get("status") ?? undefined);
      if (status) {
        const list = await listCompaniesByStatus(db, status, 1, cap);
        return { ...list, items: list.items.map((c) => ({ ...c, status, submittedAt: null })) };
      }
      const list = await listCompanyVerificationQueue(db, 1, cap);
      return {
        ...list,
        items: list.items.map((c) => ({ ...c, status: "INVALID", submittedAt: c.profileCompletedAt, activatedAt: null })),
      };
    },
  }),
  loanQueueExport("preliminaryReviews", ["CUSTOMER_SERVICE"]),
  loanQueueExport("finalReviews", ["SUPERVISOR"]),
  loanQueueExport("fundraisingProjects", REVIEWERS),
  defineExport<Awaited<ReturnType<typeof listInvestmentsToReview>>["items"][number]>({
    key: "investmentReviews",
    roles: ["CUSTOMER_SERVICE"],
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "createdAt", cell: (r) => at(r.createdAt) },
      { key: "investor", cell: (r) => r.investor.displayName },
      { key: "realName", cell: (r) => r.investor.realName },
      { key: "project", cell: (r) => r.project.title },
      { key: "amount", money: true, cell: (r) => fen(r.amountFen) },
      { key: "status", cell: (r) => r.status },
    ],
    rows: ({ db }, cap) => listInvestmentsToReview(db, 1, cap),
  }),
  defineExport<Awaited<ReturnType<typeof listFullSubscriptionReviews>>["items"][number]>({
    key: "fullSubscriptionReviews",
    roles: ["SUPERVISOR"],
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "project", cell: (r) => r.title },
      { key: "company", cell: (r) => r.company.name },
      { key: "amount", money: true, cell: (r) => fen(r.amountFen) },
      { key: "filledAt", cell: (r) => at(r.updatedAt) },
      { key: "pendingInvestments", cell: (r) => r.pendingInvestments },
    ],
    rows: ({ db }, cap) => listFullSubscriptionReviews(db, 1, cap),
  }),
  outflowExport("outflowApprovals", ["SUPERVISOR"], "approvals"),
  outflowExport("outflowsToExecute", ["CUSTOMER_SERVICE"], "execution"),
  defineExport<Awaited<ReturnType<typeof listOverdueProjects>>["items"][number]>({
    key: "overdueProjects",
    roles: REVIEWERS,
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "project", cell: (r) => r.title },
      { key: "status", cell: (r) => r.status },
      { key: "company", cell: (r) => r.company.name },
      { key: "companyStatus", cell: (r) => r.company.status },
      { key: "oldestDueDate", cell: (r) => r.oldestDueDate },
      { key: "daysOverdue", cell: (r) => r.daysOverdue },
      { key: "overdueOwed", money: true, cell: (r) => fen(r.overdueOwedFen) },
      { key: "penaltyOwed", money: true, cell: (r) => fen(r.penaltyOwedFen) },
    ],
    rows: ({ db, clock }, cap) => listOverdueProjects(db, today(clock), 1, cap),
  }),
  defineExport<DescribedRequest>({
    key: "statusChangeApprovals",
    roles: ["SUPERVISOR"],
    columns: REQUEST_COLUMNS,
    rows: ({ db }, cap) => listPendingApprovals(db, 1, cap),
  }),
  defineExport<DescribedRequest>({
    key: "ownRequests",
    roles: ["CUSTOMER_SERVICE"],
    columns: REQUEST_COLUMNS,
    rows: ({ db, viewer }, cap) => listOwnReviewRequests(db, viewer.id, 1, cap),
  }),
  defineExport<Awaited<ReturnType<typeof listStaff>>["items"][number]>({
    key: "staff",
    roles: ["ADMIN"],
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "name", cell: (r) => r.displayName },
      { key: "email", cell: (r) => r.email },
      { key: "role", cell: (r) => r.role },
      { key: "disabledAt", cell: (r) => at(r.disabledAt) },
      { key: "invitation", cell: (r) => r.invitation },
      { key: "createdAt", cell: (r) => at(r.createdAt) },
    ],
    rows: ({ db, viewer, clock }, cap) => listStaff(db, viewer, 1, cap, clock.now()),
  }),
  // The audit log with the page's filter (?action, ?actorRole, ?from, ?to, ?subjectType, ?subjectId).
  defineExport<Awaited<ReturnType<typeof listAuditLog>>["items"][number]>({
    key: "auditLog",
    roles: ["ADMIN"],
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "createdAt", cell: (r) => at(r.createdAt) },
      { key: "actor", cell: (r) => r.actor?.name ?? null },
      { key: "role", cell: (r) => r.actor?.role ?? null },
      { key: "action", cell: (r) => r.action },
      { key: "targetType", cell: (r) => r.subject.type },
      { key: "targetId", cell: (r) => r.subject.id },
      { key: "target", cell: (r) => r.subject.label },
      { key: "data", cell: (r) => (r.data === null || r.data === undefined ? null : JSON.stringify(r.data)) },
    ],
    rows: ({ db, viewer, query, clock }, cap) =>
      listAuditLog(db, viewer, parseAuditFilter(Object.fromEntries(query)).filter, 1, cap, clock.zone),
  }),
  // Every deposit order, newest first, with the page's filter (?status, ?purpose).
  defineExport<Awaited<ReturnType<typeof listDeposits>>["items"][number]>({
    key: "deposits",
    roles: rolesWith("records.view"),
    columns: [
      { key: "id", cell: (r) => r.id },
      { key: "createdAt", cell: (r) => at(r.createdAt) },
      { key: "status", cell: (r) => r.status },
      { key: "purpose", cell: (r) => r.purpose },
      { key: "amount", money: true, cell: (r) => fen(r.amountFen) },
      { key: "gatewaySerial", cell: (r) => r.gatewaySerial },
      { key: "user", cell: (r) => r.user.displayName },
      { key: "role", cell: (r) => r.user.role },
    ],
    rows: ({ db, viewer, query }, cap) =>
      listDeposits(db, viewer, parseDepositFilter({ status: query.get("status"), purpose: query.get("purpose") }), 1, cap),
  }),
];

/** The export of `key`, or undefined for a key no list has. */
export function exportEntry(key: string): ExportEntry | undefined {
  return EXPORTS.find((entry) => entry.key === key);
}

/** Whether `key` names an export (e.g. a queue key whose list exports). */
export function isExportKey(key: string): key is ExportKey {
  return (EXPORT_KEYS as readonly string[]).includes(key);
}
