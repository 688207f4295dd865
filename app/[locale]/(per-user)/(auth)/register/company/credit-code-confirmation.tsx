import { useId } from "react";
import { FieldErrors } from "@/components/ui/field";
import { normalizeCreditCode } from "@/lib/domain/identity/credit-code";

/**
 * Shown only after the server refused the code for its check character (or when it was already ticked):
 * the company confirms that the code is exactly as printed on its licence. The box's value is the folded
 * code it confirms, so changing the code afterwards needs a new confirmation. Works without JavaScript:
 * the server renders it from the returned form state.
 */
export function CreditCodeConfirmation({
  label,
  typedCode,
  typedConfirmation,
  errors,
}: {
  label: string;
  typedCode: string;
  typedConfirmation: string;
  errors?: string[];
}) {
  const id = useId();
  if (!errors?.length && !typedConfirmation) return null;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const code = normalizeCreditCode(typedCode);
  return (
    <div className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="credit-code-confirmation">
      <div className="flex items-start gap-2">
        <input
          // A new code remounts the box unticked: each code gets its own confirmation.
          key={code}
          id={id}
          type="checkbox"
          name="creditCodeConfirmed"
          value={code}
          defaultChecked={typedConfirmation !== "" && normalizeCreditCode(typedConfirmation) === code}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errorId}
          className="mt-1 h-4 w-4 shrink-0"
        />
        <label htmlFor={id} className="text-sm text-slate-800">
          {label} <span className="font-mono">{code}</span>
        </label>
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
