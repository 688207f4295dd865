"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateSiteFooterAction } from "./site-footer-actions";

const FIELDS = ["icpLine", "servicePhone", "serviceEmail", "serviceHours"] as const;
type FooterField = (typeof FIELDS)[number];
const INPUT: Record<FooterField, React.InputHTMLAttributes<HTMLInputElement>> = {
  icpLine: { maxLength: 40 },
  servicePhone: { type: "tel", maxLength: 24 },
  serviceEmail: { type: "email", maxLength: 254 },
  serviceHours: { maxLength: 60 },
};

/** The footer's ICP line and customer-service contact; an empty field takes the item off the footer. */
export function SiteFooterForm({ values }: { values: Record<FooterField, string> }) {
  const t = useTranslations("site.settings");
  const { state, pending, typed, formProps } = useFormAction(updateSiteFooterAction);
  return (
    <form {...formProps} className="grid gap-4 sm:grid-cols-2" data-testid="site-footer-form">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {FIELDS.map((name) => (
        <Field
          key={name}
          label={t(name)}
          name={name}
          hint={t(`${name}Hint`)}
          defaultValue={typed(name, values[name])}
          errors={fieldErrors(state, name)}
          {...INPUT[name]}
        />
      ))}
      <div className="sm:col-span-2">
        <SubmitButton pending={pending}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
