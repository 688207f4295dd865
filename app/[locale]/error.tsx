"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card } from "@/components/ui/card";

/** Unexpected failures: a plain apology in the user's language, never the error itself. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-semibold">{t("common.errorTitle")}</h1>
        <p className="mb-4 text-slate-600">{t("common.errorBody")}</p>
        {error.digest && <p className="mb-4 text-xs text-slate-500">{t("common.errorReference", { digest: error.digest })}</p>}
        <div className="flex items-center gap-4">
          <button type="button" onClick={reset} className={buttonClasses()}>
            {t("common.tryAgain")}
          </button>
          <Link href="/">{t("auth.goHome")}</Link>
        </div>
      </Card>
    </div>
  );
}
