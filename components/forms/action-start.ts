"use client";

/**
 * A page-wide signal that some form's server action has just been sent. A success message belongs to the
 * action that produced it: once another action runs (or the same form is sent again), the old "saved" is no
 * longer news and must not sit beside the new outcome (issue 8: "资料已保存" still shown after an upload).
 * Without JavaScript every submission loads a new page, which shows only that submission's outcome.
 */
const ACTION_START = "app:form-action-start";

export function announceActionStart() {
  window.dispatchEvent(new Event(ACTION_START));
}

/** Calls `listener` whenever any form on the page sends its action; returns the unsubscribe function. */
export function onActionStart(listener: () => void): () => void {
  window.addEventListener(ACTION_START, listener);
  return () => window.removeEventListener(ACTION_START, listener);
}
