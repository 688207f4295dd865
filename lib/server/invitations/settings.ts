import { z } from "zod";
import type { Actor } from "@/lib/domain/permissions";
import { assertCan } from "@/lib/server/auth/assert-can";
import type { Db, DbOrTx } from "@/lib/server/db/types";
import { savePlatformSetting } from "@/lib/server/settings/save-platform-setting";

export const STAFF_INVITATION_KEY = "staffInvitation";

/** How long an activation link works, in hours, unless the platform setting says otherwise. */
export const DEFAULT_INVITATION_LIFETIME_HOURS = 72;

const stored = z.object({ lifetimeHours: z.number().int().min(1).max(720) });

/** The activation link's lifetime in hours: PlatformSetting "staffInvitation" { lifetimeHours: 1…720 }, default 72. */
export async function getInvitationLifetimeHours(db: DbOrTx): Promise<number> {
  const row = await db.platformSetting.findUnique({ where: { key: STAFF_INVITATION_KEY } });
  if (!row) return DEFAULT_INVITATION_LIFETIME_HOURS;
  const parsed = stored.safeParse(row.value);
  if (!parsed.success) {
    console.error("Ignoring malformed staff invitation setting", parsed.error.issues);
    return DEFAULT_INVITATION_LIFETIME_HOURS;
  }
  return parsed.data.lifetimeHours;
}

/** Only an admin changes the lifetime; links already sent keep theirs. Audited (SETTINGS_UPDATED) in the same transaction. */
export async function updateInvitationLifetime(db: Db, actor: Actor, lifetimeHours: number) {
  assertCan(actor, "platform.settings");
  const value = stored.parse({ lifetimeHours });
  await savePlatformSetting(db, actor, STAFF_INVITATION_KEY, value, async (tx) => ({
    lifetimeHours: await getInvitationLifetimeHours(tx),
  }));
}
