/**
 * The box that lists the URL values a listing left out, each a sentence in the visitor's language (issue 8 §6).
 * Markup only, so the server (components/loans/listing-filters.tsx) and the browser
 * (components/loans/unrouted-query-notice.tsx) show the same thing. `id` ties a sentence to its control.
 */
export function IgnoredFiltersNotice({ heading, items }: { heading: string; items: { key: string; id?: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="filters-ignored">
      <p className="font-medium">{heading}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
        {items.map((item) => (
          <li key={item.key} id={item.id}>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
