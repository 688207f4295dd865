"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { STAFF_ROLES, staffCreationSchema } from "@/lib/schemas/accounts";
import { idField } from "@/lib/schemas/fields";
import { createStaffUser, updateStaffUser } from "@/lib/server/accounts/staff-admin";
import { roleAction } from "@/lib/server/actions/define-action";
import { resetStaffMfa } from "@/lib/server/mfa/reset";

export const createStaffAction = roleAction(["ADMIN"], {
  schema: staffCreationSchema,
  successMessage: "admin.staffCreated",
  async handler(input, { db, user }) {
    const created = await createStaffUser(db, user, input);
    revalidatePath("/admin/staff");
    return { id: created.id };
  },
});

const staffUpdateSchema = z.object({
  userId: idField,
  disabled: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true")),
  role: z.enum(STAFF_ROLES).optional(),
});

export const updateStaffAction = roleAction(["ADMIN"], {
  schema: staffUpdateSchema,
  successMessage: "admin.staffUpdated",
  async handler({ userId, ...change }, { db, user }) {
    await updateStaffUser(db, user, userId, change);
    revalidatePath("/admin/staff");
    return null;
  },
});

export const resetStaffMfaAction = roleAction(["ADMIN"], {
  schema: z.object({ userId: z.string().min(1).max(100) }),
  successMessage: "mfa.resetDone",
  async handler({ userId }, { db, user }) {
    await resetStaffMfa(db, user, userId);
    revalidatePath("/admin/staff");
    return null;
  },
});
