import { Figure } from "@/components/ui/figure";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";

export interface BalanceFigure {
  label: string;
  fen: bigint;
  hint?: string;
  /** For the e2e tests: which figure this is. */
  testId: string;
}

/** A row of money figures (available, frozen, …), wrapping on a phone rather than squeezing. */
export function BalanceFigures({ items, locale }: { items: readonly BalanceFigure[]; locale: MoneyLocale }) {
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {items.map((item) => (
        <div key={item.testId} className="rounded-md border border-slate-200 p-4">
          <dt className="text-sm text-slate-600">{item.label}</dt>
          <dd className="mt-1 text-xl font-semibold text-slate-900" data-testid={item.testId}>
            <Figure>{formatMoney(item.fen, locale)}</Figure>
          </dd>
          {item.hint && <dd className="mt-1 text-xs text-slate-600">{item.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
