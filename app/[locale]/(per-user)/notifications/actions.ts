"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { capabilityAction } from "@/lib/server/actions/define-action";
import { getClock } from "@/lib/server/clock";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-read";

// Back to the page of the list the button was on, drawn again from the database. The revalidation (the
// layout's too) makes the client router fetch the header again, so the bell's count drops with the list;
// without JavaScript the redirect is a new page anyway.
const pageField = z.coerce.number().int().min(1).max(1_000_000).optional();
function back(page: number | undefined): never {
  revalidatePath("/notifications", "layout");
  redirect(page && page > 1 ? `/notifications?page=${page}` : "/notifications");
}

/** Marks one of the caller's own notices read; another user's id changes nothing (and says nothing). */
export const markNotificationReadAction = capabilityAction("notifications.own", {
  schema: z.object({ id: z.string().trim().min(1).max(100), page: pageField }),
  async handler({ id, page }, { db, user }) {
    await markNotificationRead(db, user.id, id, getClock().now());
    return back(page);
  },
});

/** Marks every unread notice of the caller read. */
export const markAllNotificationsReadAction = capabilityAction("notifications.own", {
  schema: z.object({ page: pageField }),
  async handler({ page }, { db, user }) {
    await markAllNotificationsRead(db, user.id, getClock().now());
    return back(page);
  },
});
