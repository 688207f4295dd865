"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type AllocationOrder, AllocationOrders } from "@/lib/domain/repayments";
import { updateRepaymentSettingsAction } from "./repayment-settings-actions";

/** The interest management fee (a percentage of interest, stored in basis points) and the allocation order. */
export function RepaymentSettingsForm({ managementFee, allocationOrder }: { managementFee: string; allocationOrder: AllocationOrder }) {
  const t = useTranslations("repayments.settings");
  const tAdmin = useTranslations("admin");
  const orderId = useId();
  const { state, pending, typed, formProps } = useFormAction(updateRepaymentSettingsAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2 sm:items-end" data-testid="repayment-settings-form">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <Field
        label={t("managementFee")}
        name="managementFee"
        inputMode="decimal"
        hint={t("managementFeeHint")}
        defaultValue={typed("managementFee", managementFee)}
        errors={fieldErrors(state, "managementFee")}
      />
      <div className="space-y-1">
        <label htmlFor={orderId} className="block text-sm font-medium text-slate-700">
          {t("allocationOrder")}
        </label>
        <select
          id={orderId}
          name="allocationOrder"
          defaultValue={typed("allocationOrder", allocationOrder)}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm"
        >
          {AllocationOrders.map((order) => (
            <option key={order} value={order}>
              {t(`orders.${order}`)}
            </option>
          ))}
        </select>
        <FieldErrors errors={fieldErrors(state, "allocationOrder")} />
      </div>
      <div>
        <SubmitButton pending={pending}>{tAdmin("saveSettings")}</SubmitButton>
      </div>
    </form>
  );
}
