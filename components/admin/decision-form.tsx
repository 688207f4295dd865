"use client";

import { confirmThen } from "@/components/forms/confirm-submit";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ButtonVariant } from "@/components/ui/button-classes";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult, ActionState } from "@/lib/shared/action-result";

export interface DecisionFormProps<T> {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;
  hidden: Record<string, string>;
  submitLabel: string;
  confirmMessage: string;
  /** Label of the free-text field; omit for decisions that need no text. */
  textLabel?: string;
  textName?: string;
  variant?: ButtonVariant;
  /**
   * A judgement the decision records (a risk grade…): starts on the placeholder, never on an option, so
   * nothing is chosen for the staff member; the action refuses a missing choice with a field error.
   */
  choice?: { name: string; label: string; placeholder: string; options: { value: string; label: string }[] };
  children?: React.ReactNode;
  testId?: string;
}

/** One staff decision (approve, reject, publish…): optional reason, confirmation, field errors in place. */
export function DecisionForm<T>({
  action,
  hidden,
  submitLabel,
  confirmMessage,
  textLabel,
  textName = "reason",
  variant = "primary",
  choice,
  children,
  testId,
}: DecisionFormProps<T>) {
  const { state, pending, formProps } = useFormAction(action);
  return (
    <form
      {...formProps}
      onSubmit={confirmThen(confirmMessage, formProps.onSubmit)}
      className="space-y-3 rounded-md border border-slate-200 p-4"
      data-testid={testId}
    >
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {choice && (
        <SelectField
          label={choice.label}
          name={choice.name}
          defaultValue=""
          required
          errors={fieldErrors(state, choice.name)}
          options={[{ value: "", label: choice.placeholder }, ...choice.options]}
        />
      )}
      {children}
      {textLabel && <TextAreaField label={textLabel} name={textName} rows={3} errors={fieldErrors(state, textName)} />}
      <SubmitButton pending={pending} variant={variant}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
