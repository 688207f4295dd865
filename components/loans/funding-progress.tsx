import { formatRateBp } from "@/lib/domain/money";

/**
 * Funding progress bar, exposed to assistive technology as a progressbar with its percentage.
 * `label` is the translated "funding progress" (loans.progress.label).
 */
export function FundingProgress({ progressBp, label, size = "md" }: { progressBp: number; label: string; size?: "sm" | "md" }) {
  const bp = Math.min(Math.max(Math.trunc(progressBp), 0), 10_000);
  const percent = formatRateBp(bp);
  const height = size === "sm" ? "h-2" : "h-3";
  return (
    <div className="space-y-1">
      <div className="progress-head">
        <span>{label}</span>
        <span className="figure font-medium text-slate-800">{percent}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={bp / 100}
        aria-valuetext={percent}
        className={`progress-track ${height}`}
      >
        <div className={`${height} rounded-full ${bp >= 10_000 ? "bg-green-600" : "bg-brand-600"}`} style={{ width: `${bp / 100}%` }} />
      </div>
    </div>
  );
}
