/** Label–value pairs, one column on a phone and two from `sm`; long values wrap instead of widening the page. */
export function Facts({ items }: { items: readonly (readonly [label: string, value: string, testId?: string])[] }) {
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      {items.map(([label, value, testId]) => (
        <div key={label} className="min-w-0">
          <dt className="text-slate-500">{label}</dt>
          <dd className="font-medium break-words" data-testid={testId}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
