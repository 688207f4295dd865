import { Card } from "@/components/ui/card";

/** While the loan's page (terms, payout, repayment schedule) loads: the shape of its cards. */
export default function Loading() {
  return (
    <div className="space-y-6" aria-busy="true" data-testid="loan-page-loading">
      <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
      <Card>
        <div className="space-y-3">
          <div className="h-5 w-1/3 animate-pulse rounded bg-slate-200" />
          <div className="h-4 w-full animate-pulse rounded bg-slate-100" />
          <div className="h-4 w-5/6 animate-pulse rounded bg-slate-100" />
        </div>
      </Card>
      <Card>
        <div className="space-y-2">
          {[0, 1, 2, 3].map((row) => (
            <div key={row} className="h-6 w-full animate-pulse rounded bg-slate-100" />
          ))}
        </div>
      </Card>
    </div>
  );
}
