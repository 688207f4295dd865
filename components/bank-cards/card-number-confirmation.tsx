import { useId } from "react";
import { FieldErrors } from "@/components/ui/field";
import { groupCardNumber, normalizeCardNumber } from "@/lib/domain/bank-cards";

/**
 * Shown only after the server refused the number for its Luhn check digit (or when it was already ticked):
 * the user confirms the number is exactly as printed on the card. The box's value is the folded number it
 * confirms, so changing the number afterwards needs a new confirmation. Works without JavaScript: the server
 * renders it from the returned form state.
 */
export function CardNumberConfirmation({
  label,
  typedNumber,
  typedConfirmation,
  errors,
}: {
  label: string;
  typedNumber: string;
  typedConfirmation: string;
  errors?: string[];
}) {
  const id = useId();
  if (!errors?.length && !typedConfirmation) return null;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const number = normalizeCardNumber(typedNumber);
  return (
    <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="card-number-confirmation">
      <div className="flex items-start gap-2">
        <input
          // A new number remounts the box unticked: each number gets its own confirmation.
          key={number}
          id={id}
          type="checkbox"
          name="cardNumberConfirmed"
          value={number}
          defaultChecked={typedConfirmation !== "" && normalizeCardNumber(typedConfirmation) === number}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errorId}
          className="mt-1 h-4 w-4 shrink-0"
        />
        <label htmlFor={id} className="text-sm break-words text-slate-800">
          {label} <span className="font-mono">{groupCardNumber(number)}</span>
        </label>
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
