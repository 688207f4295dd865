"use client";

import { useFormStatus } from "react-dom";
import { type ButtonVariant, buttonClasses } from "./button-classes";

/** Disabled while its form is submitting, so a double click cannot send a request twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  pending: pendingFromAction,
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & {
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** From useFormAction; otherwise the native form status is used. */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingFromAction ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending || rest.disabled}
      aria-busy={pending}
      className={`${buttonClasses(variant)} ${className}`}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
