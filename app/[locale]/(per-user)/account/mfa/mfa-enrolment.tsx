"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { buttonClasses } from "@/components/ui/button-classes";
import { Field } from "@/components/ui/field";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmMfaEnrolmentAction } from "./actions";

/**
 * One component for every stage, so the recovery codes (held only in the action result) stay on screen
 * when the page re-renders after the session became verified.
 */
export function MfaEnrolment({ setup, next }: { setup: { secret: string; qr: string } | null; next: string }) {
  const t = useTranslations("mfa");
  const { state, pending, formProps } = useFormAction(confirmMfaEnrolmentAction);

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <h2 className="text-lg font-semibold">{t("recoveryTitle")}</h2>
        <p className="text-sm text-slate-600">{t("recoveryIntro")}</p>
        <ul className="grid grid-cols-2 gap-2 rounded-md bg-slate-50 p-4 font-mono text-base" data-testid="mfa-recovery-codes">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href={next} className={`${buttonClasses()} w-full hover:no-underline`} data-testid="mfa-continue">
          {t("savedContinue")}
        </Link>
      </div>
    );
  }

  if (!setup) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800" data-testid="mfa-enrolled">
          {t("alreadyEnrolled")}
        </p>
        <Link href={next} className={`${buttonClasses("secondary")} hover:no-underline`}>
          {t("continue")}
        </Link>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("enrolIntro")}</p>
      <ol className="list-decimal space-y-4 pl-5 text-sm text-slate-700">
        <li>
          <p>{t("stepScan")}</p>
          {/* biome-ignore lint/performance/noImgElement: a data: URL generated on the server; next/image adds nothing. */}
          <img
            src={setup.qr}
            alt={t("qrAlt")}
            width={192}
            height={192}
            className="mt-2 h-48 w-48 border border-slate-200"
            data-testid="mfa-qr"
          />
        </li>
        <li>
          <p>{t("stepManual")}</p>
          <p className="mt-1 break-all rounded-md bg-slate-50 p-2 font-mono text-base tracking-wider" data-testid="mfa-secret">
            {setup.secret.match(/.{1,4}/g)?.join(" ")}
          </p>
        </li>
        <li>
          <p>{t("stepConfirm")}</p>
        </li>
      </ol>
      <form {...formProps} className="space-y-4" data-testid="mfa-enrol-form">
        <FormMessage state={state} />
        <Field
          label={t("codeLabel")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={64}
          required
          errors={fieldErrors(state, "code")}
        />
        <SubmitButton pending={pending} className="w-full">
          {t("confirm")}
        </SubmitButton>
      </form>
    </div>
  );
}
