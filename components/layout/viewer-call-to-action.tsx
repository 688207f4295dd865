"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button-classes";
import { borrowCallToAction, type CallToAction, investCallToAction } from "@/lib/shared/calls-to-action";
import { useViewerState } from "./viewer-context";

/**
 * The next step for whoever is looking, under a page that invites action (issue 8 §9): visitors register,
 * investors go to the listings or verify first, companies to their requests or profile. Staff see nothing.
 * `onProject`: on a project open for funding, only the invitation to invest (none for a verified investor,
 * who is already where investing happens). Rendered in the browser from /api/viewer: the page around it is
 * the same cached HTML for everyone (issue 9); until the answer comes, the visitor's invitation is shown.
 */
export function ViewerCallToAction({ onProject = false }: { onProject?: boolean }) {
  const t = useTranslations("site.cta");
  const { viewer } = useViewerState().state;
  const invest = investCallToAction(viewer);
  // On a project page a verified investor is already where investing happens.
  if (onProject && (!invest || invest.href === "/loans")) return null;
  const primary: CallToAction | null = invest ?? borrowCallToAction(viewer);
  if (!primary) return null;
  const note =
    viewer.kind === "visitor"
      ? t("investVisitor")
      : viewer.kind === "investor"
        ? t(viewer.verified ? "investVerified" : "investUnverified")
        : null;
  return (
    <section
      className="flex flex-col items-start gap-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:flex-row sm:items-center sm:justify-between"
      data-testid="viewer-cta"
    >
      <div>
        {invest && <h2 className="text-lg font-semibold">{t(onProject ? "investHeading" : "readyHeading")}</h2>}
        {note && <p className="mt-1 text-sm text-slate-600">{note}</p>}
      </div>
      <Link prefetch={false} href={primary.href} className={`${buttonClasses("primary")} hover:no-underline`} data-testid="viewer-cta-link">
        {t(primary.label)}
      </Link>
    </section>
  );
}
