import type { DepositStatus } from "@/lib/generated/prisma/enums";

const STATUS_TONE: Record<DepositStatus, string> = {
  CREATED: "bg-amber-100 text-amber-800",
  PAID: "bg-green-100 text-green-800",
  FAILED: "bg-red-100 text-red-800",
  EXPIRED: "bg-slate-200 text-slate-700",
};

/** A deposit's status as a coloured pill, given its translated text ("deposits.status.<STATUS>"). */
export function DepositStatusPill({ status, text }: { status: DepositStatus; text: string }) {
  return (
    <span className={`pill ${STATUS_TONE[status]}`} data-testid="deposit-status" data-status={status}>
      {text}
    </span>
  );
}
