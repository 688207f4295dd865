import type { Db } from "@/lib/server/db/types";
import { SITE_FOOTER_KEY } from "@/lib/server/settings/site-footer";

/**
 * Demo customer-service contact for the footer (example.com and a placeholder number, nobody's real line).
 * No ICP line: only the operator's real filing number may appear there. Never overwrites an admin's setting.
 */
export async function seedSiteFooter(db: Db) {
  const value = { servicePhone: "400-000-0000", serviceEmail: "service@hengxin.example.com", serviceHours: "9:00–18:00" };
  await db.platformSetting.upsert({ where: { key: SITE_FOOTER_KEY }, update: {}, create: { key: SITE_FOOTER_KEY, value } });
}
