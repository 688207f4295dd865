import type { ActionState } from "@/lib/shared/action-result";

/** The form-level outcome of an action, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
        {state.message}
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
