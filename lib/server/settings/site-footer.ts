import { z } from "zod";
import type { Actor } from "@/lib/domain/permissions";
import { ICP_LINE, type SiteFooterInput } from "@/lib/schemas/site-footer";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "./save-platform-setting";

/** What the footer shows beside its fixed text; an absent item is simply not shown (nothing is invented). */
export interface SiteFooterSettings {
  /** The ICP filing number, e.g. "京ICP备12345678号", linked to the MIIT filing system. */
  icpLine?: string;
  /** Customer-service phone as printed, e.g. "400-820-8820". */
  servicePhone?: string;
  serviceEmail?: string;
  /** Opening hours as the admin wrote them, e.g. "9:00–18:00". */
  serviceHours?: string;
}

/** Platform setting key; the value is a JSON object with any of the fields above. */
export const SITE_FOOTER_KEY = "siteFooter";

const stored = z.object({
  icpLine: z.string().max(40).regex(ICP_LINE).optional(),
  servicePhone: z.string().max(24).optional(),
  serviceEmail: z.string().max(254).optional(),
  serviceHours: z.string().max(60).optional(),
});

/** The footer's settings (one primary-key read: the footer is on every page); none stored, or a malformed row (logged), gives {}. */
export async function getSiteFooterSettings(db: DbOrTx): Promise<SiteFooterSettings> {
  const row = await db.platformSetting.findUnique({ where: { key: SITE_FOOTER_KEY } });
  if (!row) return {};
  const parsed = stored.safeParse(row.value);
  if (!parsed.success) {
    console.error("Ignoring malformed site footer setting", parsed.error.issues);
    return {};
  }
  return parsed.data;
}

/**
 * Only an admin changes the footer; an empty field removes its item. Old and new values go into the audit
 * log (SETTINGS_UPDATED, target "siteFooter") in the same transaction.
 */
export async function updateSiteFooterSettings(db: Db, actor: Actor, input: SiteFooterInput) {
  assertCan(actor, "platform.settings");
  const value = stored.parse(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
  await savePlatformSetting(db, actor, SITE_FOOTER_KEY, value, getSiteFooterSettings);
}
