"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { VISITOR_STATE, type ViewerAnswer, type ViewerState } from "@/lib/shared/viewer-state";

/**
 * `ready` is false until /api/viewer has answered for the current page. `clockOffsetMs`: the server's clock
 * minus the browser's, in milliseconds, from that answer (null until then, or when it had no clock).
 */
interface ViewerContextValue {
  state: ViewerState;
  ready: boolean;
  clockOffsetMs: number | null;
  /** Logging out: show the visitor's links at once (logout lands on "/", which may be the page already shown). */
  signedOut: () => void;
}

const ViewerContext = createContext<ViewerContextValue>({ state: VISITOR_STATE, ready: false, clockOffsetMs: null, signedOut: () => {} });

/**
 * Asks GET /api/viewer who is looking, once per page path (logging in always moves to another page; logging
 * out says so through `signedOut`). Public pages are the same cached HTML for everyone (issue 9); this is the
 * only per-user part, and it is rendered in the browser, never into a cached page.
 */
export function ViewerProvider({ children }: { children: React.ReactNode }) {
  // Not useSearchParams: it would make every cached page render on the client only.
  const pathname = usePathname();
  const [known, setKnown] = useState<Omit<ViewerContextValue, "signedOut">>({ state: VISITOR_STATE, ready: false, clockOffsetMs: null });

  useEffect(() => {
    const controller = new AbortController();
    // `pathname` is the trigger: a new page may come with a new session.
    void pathname;
    fetch("/api/viewer", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<ViewerAnswer>) : null))
      .then((answer) => {
        if (!answer) return setKnown({ state: VISITOR_STATE, ready: true, clockOffsetMs: null });
        const { now, ...state } = answer;
        const serverNow = Date.parse(now);
        setKnown({ state, ready: true, clockOffsetMs: Number.isFinite(serverNow) ? serverNow - Date.now() : null });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setKnown({ state: VISITOR_STATE, ready: true, clockOffsetMs: null });
        if (!(error instanceof DOMException)) console.error(error);
      });
    return () => controller.abort();
  }, [pathname]);

  // Logging out changes who is looking, not the clock.
  const signedOut = useCallback(() => setKnown((k) => ({ ...k, state: VISITOR_STATE, ready: true })), []);
  const value = useMemo(() => ({ ...known, signedOut }), [known, signedOut]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewerState(): ViewerContextValue {
  return useContext(ViewerContext);
}
