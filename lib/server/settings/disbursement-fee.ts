import { z } from "zod";
import { MAX_SERVICE_FEE_BP } from "@/lib/domain/fees/service-fee";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "./save-platform-setting";

export const DISBURSEMENT_SETTING_KEY = "disbursement";

/** The service fee kept from a payout when no setting is stored: 1.00 % of the loan. */
export const DEFAULT_SERVICE_FEE_BP = 100;

const stored = z.object({ serviceFeeBp: z.number().int().min(0).max(MAX_SERVICE_FEE_BP) });

/**
 * The payout service fee in basis points: PlatformSetting "disbursement" { serviceFeeBp: 0…2000 }, default
 * DEFAULT_SERVICE_FEE_BP. Read when the supervisor approves the disbursement; the fee is then fixed on the
 * payout (Outflow.feeFen), so changing the setting never changes an approved payout.
 */
export async function getServiceFeeBp(db: DbOrTx): Promise<number> {
  const row = await db.platformSetting.findUnique({ where: { key: DISBURSEMENT_SETTING_KEY } });
  if (!row) return DEFAULT_SERVICE_FEE_BP;
  const parsed = stored.safeParse(row.value);
  if (!parsed.success) {
    console.error("Ignoring malformed disbursement setting", parsed.error.issues);
    return DEFAULT_SERVICE_FEE_BP;
  }
  return parsed.data.serviceFeeBp;
}

/** Only an admin changes the fee; audited (SETTINGS_UPDATED, before and after) in the same transaction. */
export async function updateServiceFeeBp(db: Db, actor: Actor, serviceFeeBp: number): Promise<void> {
  assertCan(actor, "platform.settings");
  const value = stored.parse({ serviceFeeBp });
  await savePlatformSetting(db, actor, DISBURSEMENT_SETTING_KEY, value, async (tx) => ({ serviceFeeBp: await getServiceFeeBp(tx) }));
}
