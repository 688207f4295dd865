import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cachedSiteFooter } from "@/lib/server/public-cache";
import type { SiteFooterSettings } from "@/lib/server/settings/site-footer";

/** Where an ICP filing number is looked up (MIIT's public filing system); the line must link there. */
export const ICP_LOOKUP_URL = "https://beian.miit.gov.cn/";

/**
 * On every page: the risk disclosure, customer-service contact and the ICP filing line (platform settings,
 * each left out while unset), and the terms and privacy policy. A server component: one primary-key read, cached
 * (lib/server/public-cache) and invalidated when an admin saves the setting. Nothing is rendered at build time
 * (app/[locale]/layout.tsx), so the build never reads it.
 */
export async function SiteFooter() {
  const t = await getTranslations();
  // A footer that cannot read its settings must not take the page down with it.
  const { icpLine, servicePhone, serviceEmail, serviceHours } = await cachedSiteFooter().catch((error: unknown) => {
    console.error("Footer settings unavailable", error);
    return {} as SiteFooterSettings;
  });
  const hasContact = Boolean(servicePhone || serviceEmail || serviceHours);
  return (
    <footer className="mt-12 border-t border-slate-200 bg-white text-sm text-slate-700" data-testid="site-footer">
      <div className="mx-auto max-w-6xl space-y-6 px-4 py-8">
        <div className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="risk-disclosure">
          <p className="font-semibold">{t("site.footer.riskTitle")}</p>
          <p className="mt-1">{t("site.footer.riskBody")}</p>
        </div>
        <div className="grid gap-6 sm:grid-cols-2">
          {hasContact && (
            <section aria-labelledby="footer-contact" data-testid="footer-contact">
              <h2 id="footer-contact" className="mb-2 font-semibold text-slate-900">
                {t("site.footer.contactTitle")}
              </h2>
              <dl className="space-y-1">
                {servicePhone && (
                  <div className="flex flex-wrap gap-x-2">
                    <dt>{t("site.footer.phone")}</dt>
                    <dd>
                      <a href={`tel:${servicePhone.replace(/[^\d+]/g, "")}`} className="whitespace-nowrap underline">
                        {servicePhone}
                      </a>
                    </dd>
                  </div>
                )}
                {serviceEmail && (
                  <div className="flex flex-wrap gap-x-2">
                    <dt>{t("site.footer.email")}</dt>
                    <dd className="min-w-0 break-all">
                      <a href={`mailto:${serviceEmail}`} className="underline">
                        {serviceEmail}
                      </a>
                    </dd>
                  </div>
                )}
                {serviceHours && (
                  <div className="flex flex-wrap gap-x-2">
                    <dt>{t("site.footer.hours")}</dt>
                    <dd>{serviceHours}</dd>
                  </div>
                )}
              </dl>
            </section>
          )}
          <nav aria-label={t("site.footer.legalNav")}>
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <Link prefetch={false} href="/terms" className="underline">
                  {t("site.terms.title")}
                </Link>
              </li>
              <li>
                <Link prefetch={false} href="/privacy" className="underline">
                  {t("site.privacy.title")}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="flex flex-wrap gap-x-6 gap-y-1 border-t border-slate-200 pt-4 text-slate-600">
          <p>{t("site.footer.copyright", { name: t("common.appName") })}</p>
          {icpLine && (
            <p>
              <a
                href={ICP_LOOKUP_URL}
                target="_blank"
                rel="noopener noreferrer"
                className="text-slate-600 underline"
                data-testid="icp-line"
              >
                {icpLine}
              </a>
            </p>
          )}
        </div>
      </div>
    </footer>
  );
}
