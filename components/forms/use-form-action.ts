"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/shared/action-result";
import { announceActionStart } from "./action-start";

type ServerFormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

/**
 * Binds a form to a server action. Before JavaScript loads the form posts natively (progressive
 * enhancement); afterwards we submit through a transition ourselves, so React does not reset the
 * form and a user who made one mistake keeps everything else they typed.
 */
export function useFormAction<T>(serverAction: ServerFormAction<T>) {
  const [state, formAction, pending] = useActionState(serverAction, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    // Earlier success messages on the page (this form's included) stop being current now.
    announceActionStart();
    startTransition(() => formAction(formData));
  };
  /** The value to show in a field: what was typed before a failed submission, else the given default. */
  const typed = (name: string, fallback = "") => (state && !state.ok ? (state.values?.[name] ?? fallback) : fallback);
  return { state, pending, typed, formProps: { action: formAction, onSubmit, noValidate: true } };
}
