import type { Role } from "@/lib/generated/prisma/enums";

/** Each staff role sees only its own queues (DESIGN §7); `href` is null until the queue's feature ships. */
export interface AdminQueue {
  key: string;
  href: string | null;
  roles: readonly Role[];
}

export const ADMIN_QUEUES: readonly AdminQueue[] = [
  { key: "companyVerifications", href: "/admin/companies", roles: ["CUSTOMER_SERVICE"] },
  { key: "preliminaryReviews", href: "/admin/reviews/preliminary", roles: ["CUSTOMER_SERVICE"] },
  { key: "investmentReviews", href: null, roles: ["CUSTOMER_SERVICE"] },
  { key: "outflowsToExecute", href: null, roles: ["CUSTOMER_SERVICE"] },
  { key: "reconciliation", href: null, roles: ["CUSTOMER_SERVICE"] },
  { key: "ownRequests", href: "/admin/requests", roles: ["CUSTOMER_SERVICE"] },
  { key: "finalReviews", href: "/admin/reviews/final", roles: ["SUPERVISOR"] },
  { key: "fullSubscriptionReviews", href: null, roles: ["SUPERVISOR"] },
  { key: "outflowApprovals", href: null, roles: ["SUPERVISOR"] },
  { key: "statusChangeApprovals", href: "/admin/approvals", roles: ["SUPERVISOR"] },
  { key: "staff", href: "/admin/staff", roles: ["ADMIN"] },
  { key: "settings", href: "/admin/settings", roles: ["ADMIN"] },
  { key: "auditLog", href: "/admin/audit", roles: ["ADMIN"] },
];

export function queuesFor(role: Role): AdminQueue[] {
  return ADMIN_QUEUES.filter((q) => q.roles.includes(role));
}
