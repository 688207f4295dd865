import type { Role } from "@/lib/generated/prisma/enums";

/** Every role, and the platform's staff (DESIGN §1): the one place these lists are written. */
export const ALL_ROLES = ["INVESTOR", "COMPANY", "CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const satisfies readonly Role[];
export const STAFF_ROLES = ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const satisfies readonly Role[];

export function isStaffRole(role: string): boolean {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
