import { z } from "zod";
import type { DbOrTx } from "@/lib/server/db/types";

/** docs/domain/repayment.md: 10 % of the interest, the setting's default. */
const DEFAULT_MANAGEMENT_FEE_BP = 1000;

/**
 * The interest management fee in force (bp of interest), for the fee the investor screens expect on interest
 * still to come. Reads the `repayment` setting's managementFeeBp; until lib/server/settings/repayment-settings.ts
 * (issue 12, the repayment service) is on this branch, read here directly. A malformed row gives the default.
 */
export async function currentManagementFeeBp(db: DbOrTx): Promise<number> {
  const row = await db.platformSetting.findUnique({ where: { key: "repayment" } });
  const parsed = z.object({ managementFeeBp: z.number().int().min(0).max(10_000) }).safeParse(row?.value);
  return parsed.success ? parsed.data.managementFeeBp : DEFAULT_MANAGEMENT_FEE_BP;
}
