import { z } from "zod";
import type { Actor } from "@/lib/domain/permissions";
import { type AllocationOrder, AllocationOrders } from "@/lib/domain/repayments";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "./save-platform-setting";

/** How a repayment is allocated and what the platform keeps of it (issue 12 items 1, 2; DESIGN §3). */
export interface RepaymentSettings {
  /** The platform's interest management fee: basis points of the interest each investor receives (1000 = 10 %). */
  managementFeeBp: number;
  /** In which order one instalment's components take a payment; instalments are always paid oldest first. */
  allocationOrder: AllocationOrder;
}

export const DEFAULT_REPAYMENT_SETTINGS: RepaymentSettings = { managementFeeBp: 1000, allocationOrder: "PENALTY_INTEREST_PRINCIPAL" };

export const REPAYMENT_SETTINGS_KEY = "repayment";

/** The fee is capped at half the interest: an investor always keeps most of what the loan earns. */
export const MAX_MANAGEMENT_FEE_BP = 5000;

export const repaymentSettingsSchema = z.object({
  managementFeeBp: z.number().int().min(0).max(MAX_MANAGEMENT_FEE_BP),
  allocationOrder: z.enum(AllocationOrders),
});

/** The settings in force; none stored, or a malformed row (logged), gives the defaults. */
export async function getRepaymentSettings(db: DbOrTx): Promise<RepaymentSettings> {
  const row = await db.platformSetting.findUnique({ where: { key: REPAYMENT_SETTINGS_KEY } });
  const parsed = repaymentSettingsSchema.partial().safeParse(row?.value ?? {});
  if (!parsed.success) {
    console.error("Ignoring malformed repayment settings", parsed.error.issues);
    return DEFAULT_REPAYMENT_SETTINGS;
  }
  return { ...DEFAULT_REPAYMENT_SETTINGS, ...parsed.data };
}

/** Only an admin changes them; audited (SETTINGS_UPDATED, before and after) in the same transaction. */
export async function updateRepaymentSettings(db: Db, actor: Actor, input: RepaymentSettings): Promise<void> {
  assertCan(actor, "platform.settings");
  await savePlatformSetting(db, actor, REPAYMENT_SETTINGS_KEY, repaymentSettingsSchema.parse(input), getRepaymentSettings);
}
