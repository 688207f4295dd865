import type { Prisma } from "@/lib/generated/prisma/client";
import type { LoanStatus, Role } from "@/lib/generated/prisma/enums";
import { getClock, today } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { countAwaitingBadDebtDeclaration } from "@/lib/server/overdue/list-overdue-projects";
import { countOpenDifferences } from "@/lib/server/reconciliation/count-open-differences";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { oldestAwaitingBadDebtDeclaration } from "./oldest-overdue";

/**
 * THE list of staff work queues (issue 10 item 6, docs/architecture.md#staff-queues). One entry per queue feeds
 * the admin navigation (app/[locale]/(per-user)/admin/layout.tsx), the dashboard's counts (./counts.ts) and,
 * for the queues it can draw, the one generic queue page (components/admin/queue-page.tsx). The order of the
 * array is the order of the navigation and of the dashboard cards. Each staff role sees only its own queues
 * (DESIGN §7).
 *
 * Adding a queue: one entry here, its name under `admin.<key>` in messages/en and messages/zh-CN; for a queue
 * the generic page lists, a `list` (and a two-line route file that renders QueuePage for its key) and a row in
 * the authorization matrix (tests/authz/matrix.ts). A queue whose feature has not shipped has `href: null`:
 * greyed in the navigation, "coming soon" on the dashboard, still counted when it has a count.
 */

export type StaffRole = (typeof STAFF_ROLES)[number];

/** Whose queue is counted: `ownRequests` counts the viewer's own requests. */
export interface QueueViewer {
  id: string;
  role: Role;
}

/** A query's where and order, as the list service and the count read them. */
export interface QueueQuery<Where, OrderBy> {
  where: Where;
  orderBy: OrderBy;
}

export type LoanProjectQueueQuery = QueueQuery<Prisma.LoanProjectWhereInput, Prisma.LoanProjectOrderByWithRelationInput[]>;

/**
 * The generic page's rows, by kind: "loanReview" lists loan projects (submitted, company and its status,
 * amount, rate, a link to /admin/reviews/[id]), components/admin/loan-review-rows.tsx; "fundraising" lists
 * projects open for funding (deadline, company, funded of amount, a link to /admin/reviews/[id], where
 * customer service asks to cancel one), components/admin/fundraising-rows.tsx.
 */
export interface GenericQueueList {
  rows: "loanReview" | "fundraising";
  query: LoanProjectQueueQuery;
  /** The column saying since when a row waits in the queue (its dashboard age). */
  since: "submittedAt" | "publishedAt";
}

export interface QueueEntry {
  key: QueueKey;
  /** Who sees the queue (navigation, dashboard) and, on the generic page, who may open it. */
  roles: readonly StaffRole[];
  /** Its page, or null until the queue's feature ships. */
  href: string | null;
  /** Message key of its name: the navigation, the dashboard card and the generic page's heading. */
  title: `admin.${QueueKey}`;
  /** How many items wait in it, for the dashboard; null where there is nothing to count (shown "–"). */
  count: ((db: Db, viewer: QueueViewer) => Promise<number>) | null;
  /**
   * Since when its oldest item has waited (the instant it joined the queue: submitted, requested, approved…), for
   * the dashboard's "oldest: 3 days"; null when the queue is empty. Absent where the items do not wait (staff
   * accounts, the audit log, settings) or nothing is counted.
   */
  oldest?: (db: Db, viewer: QueueViewer) => Promise<Date | null>;
  /** Set where the generic queue page lists it; other queues with a page have a page of their own. */
  list?: GenericQueueList;
}

// ---- Queries shared by a queue's count and its list service ------------------------------------------

/** Companies whose profile waits for verification, oldest submission first (lib/server/companies). */
export const COMPANY_VERIFICATION_QUEUE = {
  where: { status: "INVALID", profileCompletedAt: { not: null } },
  orderBy: { profileCompletedAt: "asc" },
} satisfies QueueQuery<Prisma.CompanyWhereInput, Prisma.CompanyOrderByWithRelationInput>;

/** Review requests waiting for a supervisor, oldest first (lib/server/review-requests/pending-approvals.ts). */
export const STATUS_CHANGE_APPROVAL_QUEUE = {
  where: { status: "PENDING" },
  orderBy: { createdAt: "asc" },
} satisfies QueueQuery<Prisma.ReviewRequestWhereInput, Prisma.ReviewRequestOrderByWithRelationInput>;

/** Investments waiting for customer service's review (投资请求审核), oldest first (lib/server/investments). */
export const INVESTMENT_REVIEW_QUEUE = {
  where: { status: "PENDING" },
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
} satisfies QueueQuery<Prisma.InvestmentWhereInput, Prisma.InvestmentOrderByWithRelationInput[]>;
/**
 * Fully funded projects waiting for the supervisor's full-subscription review (满标复审), the longest waiting
 * first: a FULLY_FUNDED project's row changes only when it is filled or reopened, so updatedAt is when it
 * (last) filled (lib/server/disbursement/read-disbursement-review.ts).
 */
export const FULL_SUBSCRIPTION_QUEUE = {
  where: { status: "FULLY_FUNDED" },
  orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
} satisfies QueueQuery<Prisma.LoanProjectWhereInput, Prisma.LoanProjectOrderByWithRelationInput[]>;

/** Outflows (withdrawals, payouts) waiting for a supervisor's decision, oldest request first (lib/server/outflows). */
export const OUTFLOW_APPROVAL_QUEUE = {
  where: { status: "REQUESTED" },
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
} satisfies QueueQuery<Prisma.OutflowWhereInput, Prisma.OutflowOrderByWithRelationInput[]>;

/** Approved outflows waiting for customer service to transfer them, oldest approval first (lib/server/outflows). */
export const OUTFLOW_EXECUTION_QUEUE = {
  where: { status: "APPROVED" },
  orderBy: [{ decidedAt: "asc" }, { id: "asc" }],
} satisfies QueueQuery<Prisma.OutflowWhereInput, Prisma.OutflowOrderByWithRelationInput[]>;

/**
 * Projects open for funding, the soonest fundraising deadline first (ties by id, so pages never overlap): where
 * customer service finds a project to cancel (issue 11 item 7) and a supervisor sees what is about to expire.
 */
export const FUNDRAISING_PROJECTS_QUEUE = {
  where: { status: "FUNDRAISING" },
  orderBy: [{ fundraisingDeadline: "asc" }, { id: "asc" }],
} satisfies LoanProjectQueueQuery;

/** The staff accounts, newest first (lib/server/accounts/staff-admin.ts). */
export const STAFF_QUEUE = {
  where: { role: { in: [...STAFF_ROLES] } },
  orderBy: { createdAt: "desc" },
} satisfies QueueQuery<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput>;

/** A loan-review stage's queue: oldest submission first (ties by id, so pages never overlap). */
function loanReviewList(status: Extract<LoanStatus, "PENDING_PRELIMINARY_REVIEW" | "PENDING_FINAL_REVIEW">): GenericQueueList {
  return { rows: "loanReview", query: { where: { status }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] }, since: "submittedAt" };
}

/** Counts the rows a generic queue lists, with the list's own where. */
function countList(list: GenericQueueList): QueueEntry["count"] {
  return (db) => db.loanProject.count({ where: list.query.where });
}

/** The oldest wait of a generic queue's rows: the least of its `since` column, with the list's own where. */
function oldestOfList(list: GenericQueueList): NonNullable<QueueEntry["oldest"]> {
  return async (db) => {
    const { _min } = await db.loanProject.aggregate({ where: list.query.where, _min: { [list.since]: true } });
    return _min[list.since] ?? null;
  };
}

/** A queue the generic page lists: its count and its oldest are its list's. */
function listed(entry: Omit<QueueEntry, "title" | "count" | "list" | "oldest"> & { list: GenericQueueList }): QueueEntry {
  return { ...entry, title: `admin.${entry.key}`, count: countList(entry.list), oldest: oldestOfList(entry.list) };
}

/** A queue with a page of its own, or none yet. */
function queue(entry: Omit<QueueEntry, "title" | "list">): QueueEntry {
  return { ...entry, title: `admin.${entry.key}` };
}

export const QUEUE_KEYS = [
  "companyVerifications",
  "preliminaryReviews",
  "investmentReviews",
  "outflowsToExecute",
  "reconciliation",
  "ownRequests",
  "fundraisingProjects",
  "overdueProjects",
  "finalReviews",
  "fullSubscriptionReviews",
  "outflowApprovals",
  "statusChangeApprovals",
  "staff",
  "settings",
  "auditLog",
] as const;
export type QueueKey = (typeof QUEUE_KEYS)[number];

export const QUEUES: readonly QueueEntry[] = [
  // Customer service
  queue({
    key: "companyVerifications",
    roles: ["CUSTOMER_SERVICE"],
    href: "/admin/companies",
    count: (db) => db.company.count({ where: COMPANY_VERIFICATION_QUEUE.where }),
    oldest: async (db) =>
      (await db.company.aggregate({ where: COMPANY_VERIFICATION_QUEUE.where, _min: { profileCompletedAt: true } }))._min.profileCompletedAt,
  }),
  listed({
    key: "preliminaryReviews",
    roles: ["CUSTOMER_SERVICE"],
    href: "/admin/reviews/preliminary",
    list: loanReviewList("PENDING_PRELIMINARY_REVIEW"),
  }),
  queue({
    key: "investmentReviews",
    roles: ["CUSTOMER_SERVICE"],
    href: "/admin/investments",
    count: (db) => db.investment.count({ where: INVESTMENT_REVIEW_QUEUE.where }),
    oldest: async (db) =>
      (await db.investment.aggregate({ where: INVESTMENT_REVIEW_QUEUE.where, _min: { createdAt: true } }))._min.createdAt,
  }),
  queue({
    key: "outflowsToExecute",
    roles: ["CUSTOMER_SERVICE"],
    href: "/admin/outflows/execute",
    count: (db) => db.outflow.count({ where: OUTFLOW_EXECUTION_QUEUE.where }),
    oldest: async (db) => (await db.outflow.aggregate({ where: OUTFLOW_EXECUTION_QUEUE.where, _min: { decidedAt: true } }))._min.decidedAt,
  }),
  // Reconciliation (issue 13 item 1): counted are the open differences of imported statements.
  queue({
    key: "reconciliation",
    roles: ["CUSTOMER_SERVICE"],
    href: "/admin/reconciliation",
    count: async (db) => (await countOpenDifferences(db)).count,
    oldest: async (db) => (await countOpenDifferences(db)).oldestCreatedAt,
  }),
  queue({
    key: "ownRequests",
    roles: ["CUSTOMER_SERVICE"],
    href: "/admin/requests",
    count: (db, viewer) => db.reviewRequest.count({ where: { makerId: viewer.id, status: "PENDING" } }),
    oldest: async (db, viewer) =>
      (await db.reviewRequest.aggregate({ where: { makerId: viewer.id, status: "PENDING" }, _min: { createdAt: true } }))._min.createdAt,
  }),
  // Customer service and supervisor
  listed({
    key: "fundraisingProjects",
    roles: ["CUSTOMER_SERVICE", "SUPERVISOR"],
    href: "/admin/fundraising",
    list: { rows: "fundraising", query: FUNDRAISING_PROJECTS_QUEUE, since: "publishedAt" },
  }),
  // Overdue projects (issue 12): counted are those 90 days overdue waiting for customer service to file the
  // bad-debt declaration; the page lists every overdue project with its aging.
  queue({
    key: "overdueProjects",
    roles: ["CUSTOMER_SERVICE", "SUPERVISOR"],
    href: "/admin/overdue",
    count: (db) => countAwaitingBadDebtDeclaration(db, today(getClock())),
    oldest: (db) => oldestAwaitingBadDebtDeclaration(db, getClock()),
  }),
  // Supervisor
  listed({ key: "finalReviews", roles: ["SUPERVISOR"], href: "/admin/reviews/final", list: loanReviewList("PENDING_FINAL_REVIEW") }),
  queue({
    key: "fullSubscriptionReviews",
    roles: ["SUPERVISOR"],
    href: "/admin/disbursements",
    count: (db) => db.loanProject.count({ where: FULL_SUBSCRIPTION_QUEUE.where }),
    oldest: async (db) =>
      (await db.loanProject.aggregate({ where: FULL_SUBSCRIPTION_QUEUE.where, _min: { updatedAt: true } }))._min.updatedAt,
  }),
  queue({
    key: "outflowApprovals",
    roles: ["SUPERVISOR"],
    href: "/admin/outflows/approvals",
    count: (db) => db.outflow.count({ where: OUTFLOW_APPROVAL_QUEUE.where }),
    oldest: async (db) => (await db.outflow.aggregate({ where: OUTFLOW_APPROVAL_QUEUE.where, _min: { createdAt: true } }))._min.createdAt,
  }),
  queue({
    key: "statusChangeApprovals",
    roles: ["SUPERVISOR"],
    href: "/admin/approvals",
    count: (db) => db.reviewRequest.count({ where: STATUS_CHANGE_APPROVAL_QUEUE.where }),
    oldest: async (db) =>
      (await db.reviewRequest.aggregate({ where: STATUS_CHANGE_APPROVAL_QUEUE.where, _min: { createdAt: true } }))._min.createdAt,
  }),
  // Admin
  queue({ key: "staff", roles: ["ADMIN"], href: "/admin/staff", count: (db) => db.user.count({ where: STAFF_QUEUE.where }) }),
  queue({ key: "settings", roles: ["ADMIN"], href: "/admin/settings", count: null }),
  queue({ key: "auditLog", roles: ["ADMIN"], href: "/admin/audit", count: (db) => db.auditLog.count() }),
];

/** The role's queues, in navigation order. */
export function queuesFor(role: Role): QueueEntry[] {
  return QUEUES.filter((q) => (q.roles as readonly Role[]).includes(role));
}

/** The entry of a queue the generic page lists (a route file names its key). */
export function listedQueue(key: QueueKey): QueueEntry & { href: string; list: GenericQueueList } {
  const entry = QUEUES.find((q) => q.key === key);
  if (!entry?.list || !entry.href) throw new Error(`queue ${key} has no generic page`);
  return entry as QueueEntry & { href: string; list: GenericQueueList };
}
