import { z } from "zod";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "./save-platform-setting";

/** When an unpaid instalment becomes overdue and what it costs (issue 12 item 3, DESIGN §3). */
export interface OverdueSettings {
  /**
   * Days after the due date (business dates) during which an unpaid instalment is not yet overdue. Past them,
   * lateness and penalty count from the due date itself (lib/domain/schedules/overdue.ts overdueDays).
   */
  graceDays: number;
  /** Penalty interest (罚息) per day on the unpaid principal and interest, basis points: 5 = 0.05 % a day. */
  penaltyDailyBp: number;
}

/** 3 grace days and 0.05 % a day (18.25 % a year), within what PRC courts uphold for late-payment interest. */
export const DEFAULT_OVERDUE_SETTINGS: OverdueSettings = { graceDays: 3, penaltyDailyBp: 5 };

export const OVERDUE_SETTINGS_KEY = "overdue";

export const overdueSettingsSchema = z.object({
  graceDays: z.number().int().min(0).max(30),
  penaltyDailyBp: z.number().int().min(0).max(100),
});

/** The settings in force; none stored, or a malformed row (logged), gives the defaults. */
export async function getOverdueSettings(db: DbOrTx): Promise<OverdueSettings> {
  const row = await db.platformSetting.findUnique({ where: { key: OVERDUE_SETTINGS_KEY } });
  const parsed = overdueSettingsSchema.partial().safeParse(row?.value ?? {});
  if (!parsed.success) {
    console.error("Ignoring malformed overdue settings", parsed.error.issues);
    return DEFAULT_OVERDUE_SETTINGS;
  }
  return { ...DEFAULT_OVERDUE_SETTINGS, ...parsed.data };
}

/** Only an admin changes them; audited (SETTINGS_UPDATED, before and after) in the same transaction. */
export async function updateOverdueSettings(db: Db, actor: Actor, input: OverdueSettings): Promise<void> {
  assertCan(actor, "platform.settings");
  await savePlatformSetting(db, actor, OVERDUE_SETTINGS_KEY, overdueSettingsSchema.parse(input), getOverdueSettings);
}
