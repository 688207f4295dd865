"use client";

import { useEffect, useState } from "react";
import { onActionStart } from "@/components/forms/action-start";

/**
 * A success notice carried over from an earlier step (e.g. "?saved=1" after a redirect). It belongs to that
 * step: it goes as soon as any action on this page is sent (components/forms/action-start.ts), even one that
 * then fails and re-renders nothing. Without JavaScript the server leaves it out of an action's answer
 * (lib/server/actions/answering-action.ts).
 */
export function FlashNotice({ children }: { children: React.ReactNode }) {
  const [shown, setShown] = useState(true);
  useEffect(() => onActionStart(() => setShown(false)), []);
  if (!shown) return null;
  return (
    <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800" data-testid="flash-notice">
      {children}
    </p>
  );
}
