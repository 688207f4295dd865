"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useViewerState } from "@/components/layout/viewer-context";
import { buttonClasses } from "@/components/ui/button-classes";
import { homeCallsToAction } from "@/lib/shared/calls-to-action";

/**
 * The home page's calls to action for whoever is looking (a verified investor is not sent to register again).
 * In the browser, from /api/viewer: the home page is the same cached HTML for everyone (issue 9).
 */
export function HeroActions() {
  const t = useTranslations();
  const ctas = homeCallsToAction(useViewerState().state.viewer);
  return (
    <div className="mt-8 flex flex-wrap gap-3" data-testid="hero-actions">
      {ctas.map((cta, index) => (
        <Link
          prefetch={false}
          key={cta.href}
          href={cta.href}
          data-testid={index === 0 ? "hero-primary-cta" : undefined}
          className={
            index === 0
              ? `${buttonClasses("secondary")} hover:no-underline`
              : "rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/60 hover:no-underline"
          }
        >
          {t(`site.cta.${cta.label}`)}
        </Link>
      ))}
      {!ctas.some((cta) => cta.href === "/loans") && (
        <Link
          prefetch={false}
          href="/loans"
          className="rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/60 hover:no-underline"
        >
          {t("home.browseLoans")}
        </Link>
      )}
    </div>
  );
}
