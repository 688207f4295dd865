"use client";

import { useTranslations } from "next-intl";
import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { updateStaffAction } from "./actions";

/** A new role takes effect at once: the person's sessions end and they log in again with the new role. */
export function StaffRoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations();
  const { state, pending, formProps } = useFormAction(updateStaffAction);
  return (
    <form
      {...formProps}
      onSubmit={confirmThen(t("admin.confirmRoleChange"), formProps.onSubmit)}
      className="flex flex-wrap items-center gap-2"
    >
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        {t("admin.role")}
      </label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {STAFF_ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      <SubmitButton pending={pending} variant="secondary" className="px-3 py-1">
        {t("admin.changeRole")}
      </SubmitButton>
      {state && !state.ok && <p className="text-xs text-red-700">{state.error}</p>}
    </form>
  );
}
