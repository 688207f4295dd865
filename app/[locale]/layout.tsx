import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SHELL_MESSAGES } from "@/components/i18n/shell-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { LOCALES } from "@/i18n/locales";
import "../globals.css";

type Props = { params: Promise<{ locale: string }> };

/**
 * No locale is rendered at build time (the build never opens the database): each page is rendered on its first
 * visit and, where it reads no cookie or header (visitors' pages), kept in Next.js's cache per locale.
 * The locale segment never appears in a URL: proxy.ts fills it in from the locale cookie.
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function RootLayout({ children, params }: Props & { children: React.ReactNode }) {
  const { locale } = await params;
  if (!hasLocale(LOCALES, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        {/* Not the whole catalogue: other client components get their messages where they are rendered. The
            header and <main>: app/[locale]/(public)/layout.tsx and (per-user)/layout.tsx. */}
        <ClientMessages namespaces={SHELL_MESSAGES}>
          {children}
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
