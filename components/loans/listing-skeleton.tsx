/**
 * The listing's shape while it loads (cards grid), for a Suspense fallback. Not used as a route-level
 * loading.tsx on purpose: see the note in app/loans/(list)/page.tsx.
 */
export function ListingSkeleton({ loadingLabel }: { loadingLabel: string }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {loadingLabel}
      </p>
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders that never reorder.
          <li key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <div className="h-4 w-16 animate-pulse rounded bg-slate-200" />
            <div className="h-5 w-3/4 animate-pulse rounded bg-slate-200" />
            <div className="h-4 w-1/2 animate-pulse rounded bg-slate-100" />
            <div className="h-12 animate-pulse rounded bg-slate-100" />
            <div className="h-2 animate-pulse rounded-full bg-slate-200" />
          </li>
        ))}
      </ul>
    </div>
  );
}
