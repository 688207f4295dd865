import { z } from "zod";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "./save-platform-setting";

/** How investments are reviewed (投资请求审核), issue 11 item 5. */
export interface InvestmentSettings {
  /**
   * When true an investment that passes the rules is CONFIRMED in the transaction that places it (actor the
   * system); when false (the default, as in the source design) customer service confirms or rejects each one.
   */
  autoConfirm: boolean;
}

export const DEFAULT_INVESTMENT_SETTINGS: InvestmentSettings = { autoConfirm: false };

/** Platform setting key; the value is a JSON object with the fields above. */
export const INVESTMENT_SETTINGS_KEY = "investments";

const stored = z.object({ autoConfirm: z.boolean() }).partial();

/** The settings in force (one primary-key read); none stored, or a malformed row (logged), gives the defaults. */
export async function getInvestmentSettings(db: DbOrTx): Promise<InvestmentSettings> {
  const row = await db.platformSetting.findUnique({ where: { key: INVESTMENT_SETTINGS_KEY } });
  const parsed = stored.safeParse(row?.value ?? {});
  if (!parsed.success) {
    console.error("Ignoring malformed investment settings", parsed.error.issues);
    return DEFAULT_INVESTMENT_SETTINGS;
  }
  return { ...DEFAULT_INVESTMENT_SETTINGS, ...parsed.data };
}

/** Only an admin changes it; old and new values go into the audit log (SETTINGS_UPDATED, target "investments"). */
export async function updateInvestmentSettings(db: Db, actor: Actor, input: InvestmentSettings) {
  assertCan(actor, "platform.settings");
  await savePlatformSetting(db, actor, INVESTMENT_SETTINGS_KEY, { autoConfirm: input.autoConfirm }, getInvestmentSettings);
}
