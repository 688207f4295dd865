import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ loggedOut?: string }> }) {
  const t = await getTranslations();
  const { loggedOut } = await searchParams;
  return (
    <div className="space-y-10">
      {loggedOut && (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {t("auth.loggedOut")}
        </p>
      )}
      <section className="rounded-xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-12 text-white sm:px-12">
        <h1 className="max-w-2xl text-3xl font-bold sm:text-4xl">{t("home.heroTitle")}</h1>
        <p className="mt-4 max-w-2xl text-brand-100">{t("home.heroBody")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/loans" className={`${buttonClasses("secondary")} hover:no-underline`}>
            {t("home.browseLoans")}
          </Link>
          <Link
            href="/register/investor"
            className="rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/60 hover:no-underline"
          >
            {t("home.startInvesting")}
          </Link>
          <Link
            href="/register/company"
            className="rounded-md px-4 py-2 text-sm font-medium text-white ring-1 ring-white/60 hover:no-underline"
          >
            {t("home.borrow")}
          </Link>
        </div>
      </section>
    </div>
  );
}
