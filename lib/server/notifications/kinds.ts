import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every kind of notice, one per event someone is told about (issue 13 item 2, docs/notifications.md). The
 * column is text; this union is the only thing `notify` takes, and messages/<locale>/notifications.json has a
 * title and a body for each (render.test.ts). Grouped by who receives them.
 */
export const NOTIFICATION_KINDS = [
  // Investor
  "INVESTMENT_PLACED",
  "INVESTMENT_CONFIRMED",
  "INVESTMENT_REJECTED",
  "INVESTMENT_CANCELLED",
  "INVESTMENT_REFUNDED",
  "PROJECT_PAID_OUT",
  "REPAYMENT_RECEIVED",
  // Investor or company (both deposit and withdraw)
  "DEPOSIT_CREDITED",
  "DEPOSIT_FAILED",
  "DEPOSIT_EXPIRED",
  "WITHDRAWAL_APPROVED",
  "WITHDRAWAL_REJECTED",
  "WITHDRAWAL_TRANSFERRED",
  "WITHDRAWAL_FAILED",
  // Company
  "LOAN_REQUEST_PASSED_PRELIMINARY",
  "LOAN_REQUEST_RETURNED",
  "LOAN_REQUEST_REJECTED",
  "LOAN_REQUEST_PUBLISHED",
  "PROJECT_FULLY_FUNDED",
  "PAYOUT_APPROVED",
  "PAYOUT_TRANSFERRED",
  "REPAYMENT_RECORDED",
  "INSTALMENT_OVERDUE",
  "COMPANY_STATUS_CHANGED",
  // Staff: the maker of a review request
  "REVIEW_REQUEST_APPROVED",
  "REVIEW_REQUEST_REJECTED",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (value: string): value is NotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(value);

/** What a notice links to (Notification.subjectType). */
export type NotificationSubjectType = "INVESTMENT" | "LOAN_PROJECT" | "DEPOSIT" | "OUTFLOW" | "COMPANY" | "REVIEW_REQUEST";

export interface NotificationSubject {
  type: NotificationSubjectType;
  id: string;
}

/**
 * The values a notice's text is filled with. Strings only (the column is JSON): amounts in fen as decimal
 * strings under a key ending in `Fen` (rendered as money in the reader's language, under the key without
 * `Fen`: `amountFen` → {amount}), a project's title as `project`, a reason as `reason`, a status as `status`.
 */
export type NotificationParams = Record<string, string>;

/** One notice to write: to whom, which kind, its values, what it links to. */
export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  params?: NotificationParams;
  subject?: NotificationSubject | null;
}

/**
 * The page a notice links to for a reader of `role`, or null when there is none for that role. Paths without a
 * locale prefix (the proxy adds the reader's language).
 */
export function subjectPath(subject: NotificationSubject | null | undefined, role: Role): string | null {
  if (!subject) return null;
  const id = encodeURIComponent(subject.id);
  switch (subject.type) {
    case "INVESTMENT":
      return role === "INVESTOR" ? `/investor/investments/${id}` : null;
    case "LOAN_PROJECT":
      if (role === "COMPANY") return `/company/loans/${id}`;
      return role === "INVESTOR" ? `/loans/${id}` : `/admin/reviews/${id}`;
    case "DEPOSIT":
    case "OUTFLOW":
      if (role === "INVESTOR") return "/investor/transactions";
      return role === "COMPANY" ? "/company/wallet" : null;
    case "COMPANY":
      return role === "COMPANY" ? "/company/profile" : `/admin/companies/${id}`;
    case "REVIEW_REQUEST":
      return role === "INVESTOR" || role === "COMPANY" ? null : "/admin/requests";
  }
}
