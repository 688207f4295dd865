import { z } from "zod";
import { DEFAULT_UPGRADE_MIN_MONTHS } from "@/lib/domain/machines/company";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "./save-platform-setting";

/** What the company status requests read (issue 12 item 4, DESIGN §4). */
export interface CompanyStatusSettings {
  /**
   * Whole months from activation (activatedAt, business dates) before customer service may ask to UPGRADE a
   * company to GOOD; it must also have had no overdue instalment during that many months. 1–60, default 12.
   */
  upgradeMinMonths: number;
}

export const DEFAULT_COMPANY_STATUS_SETTINGS: CompanyStatusSettings = { upgradeMinMonths: DEFAULT_UPGRADE_MIN_MONTHS };

/** Platform setting key; the value is a JSON object with the fields above. */
export const COMPANY_STATUS_SETTINGS_KEY = "companyStatus";

export const companyStatusSettingsSchema = z.object({
  upgradeMinMonths: z.number().int().min(1).max(60),
});

/** The settings in force (one primary-key read); none stored, or a malformed row (logged), gives the defaults. */
export async function getCompanyStatusSettings(db: DbOrTx): Promise<CompanyStatusSettings> {
  const row = await db.platformSetting.findUnique({ where: { key: COMPANY_STATUS_SETTINGS_KEY } });
  const parsed = companyStatusSettingsSchema.partial().safeParse(row?.value ?? {});
  if (!parsed.success) {
    console.error("Ignoring malformed company status settings", parsed.error.issues);
    return DEFAULT_COMPANY_STATUS_SETTINGS;
  }
  return { ...DEFAULT_COMPANY_STATUS_SETTINGS, ...parsed.data };
}

/**
 * Only an admin changes them (FORBIDDEN otherwise, before the input is looked at); audited (SETTINGS_UPDATED,
 * before and after) in the same transaction. A changed minimum applies to requests filed or approved from then on.
 */
export async function updateCompanyStatusSettings(db: Db, actor: Actor, input: CompanyStatusSettings): Promise<void> {
  assertCan(actor, "platform.settings");
  await savePlatformSetting(db, actor, COMPANY_STATUS_SETTINGS_KEY, companyStatusSettingsSchema.parse(input), getCompanyStatusSettings);
}
