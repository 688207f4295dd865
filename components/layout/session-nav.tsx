"use client";

import { SessionLinks } from "./session-links";
import { useViewerState } from "./viewer-context";

/**
 * The per-user links on cached visitors' pages, from /api/viewer. Until the browser knows, and without
 * JavaScript, the visitor's links are shown (log in, register).
 */
export function SessionNav() {
  const { state, signedOut } = useViewerState();
  return <SessionLinks state={state} onLogout={signedOut} />;
}
