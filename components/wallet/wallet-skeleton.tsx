import { getTranslations } from "next-intl/server";

/** What a wallet page shows while its figures load (loading.tsx): grey blocks the size of the real ones. */
export async function WalletSkeleton() {
  // Neutral words: investor/loading.tsx also covers the other investor pages while they load.
  const t = await getTranslations("common");
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-md bg-slate-100" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-lg bg-slate-100" />
    </div>
  );
}
