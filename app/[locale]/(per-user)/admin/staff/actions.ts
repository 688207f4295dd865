"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { toLocale } from "@/i18n/locales";
import { STAFF_ROLES, staffCreationSchema } from "@/lib/schemas/accounts";
import { idField } from "@/lib/schemas/fields";
import { createStaffUser, resendInvitation, updateStaffUser } from "@/lib/server/accounts/staff-admin";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { resetStaffMfa } from "@/lib/server/mfa/reset";

/** Answers only the address the link went to: the link itself never reaches the admin. */
export const createStaffAction = capabilityAction("staff.manage", {
  schema: staffCreationSchema,
  async handler(input, { db, user }) {
    const created = await createStaffUser(db, user, input, { locale: toLocale(await getLocale()) });
    revalidatePath("/admin/staff");
    return { id: created.id, email: created.email };
  },
});

const resendSchema = z.object({ userId: z.string().min(1).max(100) });

export const resendInvitationAction = capabilityAction("staff.manage", {
  schema: resendSchema,
  async handler({ userId }, { db, user }) {
    const sent = await resendInvitation(db, user, userId, { locale: toLocale(await getLocale()) });
    revalidatePath("/admin/staff");
    return { email: sent.email };
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

export const updateStaffAction = capabilityAction("staff.manage", {
  schema: staffUpdateSchema,
  successMessage: "admin.staffUpdated",
  async handler({ userId, ...change }, { db, user }) {
    await updateStaffUser(db, user, userId, change);
    revalidatePath("/admin/staff");
    return null;
  },
});

export const resetStaffMfaAction = capabilityAction("staff.manage", {
  schema: z.object({ userId: z.string().min(1).max(100) }),
  successMessage: "mfa.resetDone",
  async handler({ userId }, { db, user }) {
    await resetStaffMfa(db, user, userId);
    revalidatePath("/admin/staff");
    return null;
  },
});
