"use client";

import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/app/[locale]/(per-user)/notifications/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * "Mark read" for one notice (`id`) or, without an id, "mark all read". Posts natively without JavaScript;
 * the action sends the browser back to the same page of the list.
 */
export function MarkReadButton({ id, page }: { id?: string; page: number }) {
  const t = useTranslations("notifications");
  const { state, pending, formProps } = useFormAction(id ? markNotificationReadAction : markAllNotificationsReadAction);
  return (
    <form {...formProps}>
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="page" value={String(page)} />
      <SubmitButton pending={pending} variant="secondary" className="px-3 py-1 text-sm" data-testid={id ? "mark-read" : "mark-all-read"}>
        {id ? t("markRead") : t("markAllRead")}
      </SubmitButton>
      {state && !state.ok && (
        <p className="mt-1 text-sm text-red-700" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
