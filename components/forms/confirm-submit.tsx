"use client";

import type { FormEvent } from "react";

/**
 * Wraps a form's submit handler with a confirmation for irreversible steps. Without JavaScript the form
 * submits directly; the server still checks everything.
 */
export function confirmThen(message: string, onSubmit: (event: FormEvent<HTMLFormElement>) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    if (!window.confirm(message)) {
      event.preventDefault();
      return;
    }
    onSubmit(event);
  };
}
