import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, DbOrTx } from "@/lib/server/db/types";

/**
 * Stores one platform setting: in one transaction reads the current value with `readBefore`, upserts `value`
 * under `key` and appends the audit row SETTINGS_UPDATED (target PLATFORM_SETTING `key`, data { before, after };
 * bigints become strings). The caller has already refused anyone but an admin (before validating, so a
 * refusal never depends on the input) and validated `value`.
 */
export async function savePlatformSetting<Before>(
  db: Db,
  actor: { id: string },
  key: string,
  value: Prisma.InputJsonObject,
  readBefore: (tx: DbOrTx) => Promise<Before>,
): Promise<void> {
  await withTransaction(db, async (tx) => {
    const before = await readBefore(tx);
    await tx.platformSetting.upsert({
      where: { key },
      create: { key, value, updatedById: actor.id },
      update: { value, updatedById: actor.id },
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "SETTINGS_UPDATED",
      targetType: "PLATFORM_SETTING",
      targetId: key,
      data: { before, after: value },
    });
  });
}
