"use client";

import { useEffect, useRef, useState } from "react";
import { onActionStart } from "@/components/forms/action-start";
import type { ActionState } from "@/lib/shared/action-result";

/**
 * The form-level outcome of an action, announced to screen readers. A success message goes away as soon as
 * it stops describing the form: when the user edits this form again, or when any action on the page is sent
 * (components/forms/action-start.ts). Errors stay until the next outcome: they explain the fields still shown.
 */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  const [dismissed, setDismissed] = useState<ActionState<unknown>>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  const success = state?.ok && state.message && dismissed !== state ? state.message : null;
  useEffect(() => {
    if (!success) return;
    const dismiss = () => setDismissed(state);
    const form = ref.current?.closest("form");
    form?.addEventListener("input", dismiss);
    form?.addEventListener("change", dismiss);
    const stopListening = onActionStart(dismiss);
    return () => {
      form?.removeEventListener("input", dismiss);
      form?.removeEventListener("change", dismiss);
      stopListening();
    };
  }, [success, state]);
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p ref={ref} role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800" data-testid="form-success">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      {state.error}
    </p>
  );
}

export function fieldErrors(state: ActionState<unknown>, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[field] : undefined;
}
