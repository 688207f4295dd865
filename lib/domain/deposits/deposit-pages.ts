import type { Role } from "@/lib/generated/prisma/enums";

/** Each depositing role's deposit page: the gateway's return address and the page actions revalidate. */
export const DEPOSIT_PAGES: Partial<Record<Role, string>> = {
  INVESTOR: "/investor/deposit",
  COMPANY: "/company/deposit",
};

/** The deposit page of `role` (the investor's for a role without one: it is never reached, mayDeposit refuses first). */
export const depositPagePath = (role: Role): string => DEPOSIT_PAGES[role] ?? "/investor/deposit";
