import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ResolutionForm } from "@/components/reconciliation/resolution-form";
import { resolutionFormMessages } from "@/components/reconciliation/resolution-form.messages";
import { StatementLines } from "@/components/reconciliation/statement-lines";
import { Card, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { toLocale } from "@/i18n/locales";
import { formatMoney } from "@/lib/domain/money";
import { offeredEvents } from "@/lib/domain/permissions";
import { requirePageRole } from "@/lib/server/auth/session";
import { getDb } from "@/lib/server/db";
import { isDomainError } from "@/lib/server/errors";
import { readDifference } from "@/lib/server/reconciliation";
import { rolesWith } from "@/lib/shared/capabilities";

/**
 * One reconciliation difference: its kind in plain words, the statement line(s), the platform's deposit or
 * outflow (linked), its resolution or the request waiting for a supervisor and, for customer service, the
 * resolution forms that fit its kind (each asks to confirm; a supervisor approves on /admin/approvals).
 */
export default async function DifferencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(rolesWith("reconciliation.view"), `/admin/reconciliation/differences/${id}`);
  const [t, tDeposit, tOutflow, locale, format, db] = await Promise.all([
    getTranslations("reconciliation"),
    getTranslations("deposits.status"),
    getTranslations("withdrawals.status"),
    getLocale(),
    getFormatter(),
    getDb(),
  ]);
  const difference = await readDifference(db, { id: user.id, role: user.role }, id).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!difference) notFound();
  const money = (fen: bigint) => <Figure>{formatMoney(fen, toLocale(locale))}</Figure>;
  const dateTime = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const pendingRequests = difference.pendingRequest ? [difference.pendingRequest.action] : [];
  const resolutions = offeredEvents(
    "RECONCILIATION_DIFFERENCE",
    { ...difference, pendingRequests },
    { id: user.id, role: user.role },
    difference.possibleResolutions,
  );
  // The machine offers nothing once resolved; one request at a time: while one waits, no other is offered.
  const forms = difference.pendingRequest ? [] : resolutions;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link prefetch={false} href="/admin/reconciliation">
          ← {t("detail.back")}
        </Link>
      </p>
      <PageHeader title={t("detail.title", { serial: difference.serial })}>
        <span className="rounded bg-slate-100 px-2 py-1 text-sm" data-testid="difference-status" data-status={difference.status}>
          {t(`status.${difference.status}`)}
        </span>
      </PageHeader>

      <Card>
        <h2 className="text-lg font-semibold" data-testid="difference-kind" data-kind={difference.kind}>
          {t(`kind.${difference.kind}`)}
        </h2>
        <p className="mt-2 text-sm text-slate-700">{t(`kindExplained.${difference.kind}`)}</p>
        <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-500">{t("differences.businessDate")}</dt>
            <dd>{difference.businessDate}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("differences.statementAmount")}</dt>
            <dd data-testid="statement-amount">
              {difference.statementAmountFen === null ? t("differences.none") : money(difference.statementAmountFen)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("differences.platformAmount")}</dt>
            <dd data-testid="platform-amount">
              {difference.platformAmountFen === null ? t("differences.none") : money(difference.platformAmountFen)}
            </dd>
          </div>
        </dl>
        {/* A resolution is set exactly when the difference is resolved (a CHECK constraint). */}
        {difference.resolution && (
          <div className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-900" data-testid="difference-resolution">
            <p>{t("detail.resolved", { resolution: t(`resolution.${difference.resolution}`) })}</p>
            {difference.resolvedAt && (
              <p>
                {t("detail.resolvedAt")}: {dateTime(difference.resolvedAt)}
              </p>
            )}
            {difference.note && (
              <p className="break-words">
                {t("detail.note")}: {difference.note}
              </p>
            )}
          </div>
        )}
        {difference.pendingRequest && (
          <p className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="difference-pending">
            {t("detail.pending", { resolution: t(`resolution.${difference.pendingRequest.action}`) })}{" "}
            <Link prefetch={false} href="/admin/requests">
              {t("detail.pendingLink")}
            </Link>
          </p>
        )}
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{difference.lines.length > 1 ? t("detail.lines") : t("detail.line")}</h2>
        {difference.lines.length === 0 ? (
          <p className="text-sm text-slate-600">{t("detail.noLine")}</p>
        ) : (
          <StatementLines lines={difference.lines} />
        )}
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("detail.platform")}</h2>
        {!difference.deposit && !difference.outflow && <p className="text-sm text-slate-600">{t("detail.noPlatform")}</p>}
        {difference.deposit && (
          <dl className="grid gap-3 text-sm sm:grid-cols-2" data-testid="difference-deposit">
            <div>
              <dt className="text-slate-500">{t("detail.deposit")}</dt>
              <dd className="break-all">
                <Link prefetch={false} href={`/admin/deposits/${difference.deposit.id}`}>
                  {difference.deposit.id}
                </Link>
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("detail.depositStatus")}</dt>
              <dd data-testid="deposit-status" data-status={difference.deposit.status}>
                {tDeposit.has(difference.deposit.status) ? tDeposit(difference.deposit.status) : difference.deposit.status}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("differences.platformAmount")}</dt>
              <dd>{money(difference.deposit.amountFen)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("detail.recordedSerial")}</dt>
              <dd className="break-all">{difference.deposit.gatewaySerial ?? t("differences.none")}</dd>
            </div>
          </dl>
        )}
        {difference.outflow && (
          <dl className="grid gap-3 text-sm sm:grid-cols-2" data-testid="difference-outflow">
            <div>
              <dt className="text-slate-500">{t("detail.outflow")}</dt>
              <dd className="break-all">
                <Link prefetch={false} href={`/admin/outflows/${difference.outflow.id}`}>
                  {difference.outflow.id}
                </Link>
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("detail.depositStatus")}</dt>
              <dd data-testid="outflow-status" data-status={difference.outflow.status}>
                {tOutflow.has(difference.outflow.status) ? tOutflow(difference.outflow.status) : difference.outflow.status}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("differences.platformAmount")}</dt>
              <dd>{money(difference.outflow.amountFen)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("detail.recordedSerial")}</dt>
              <dd className="break-all" data-testid="outflow-serial">
                {difference.outflow.externalSerial ?? t("differences.none")}
              </dd>
            </div>
          </dl>
        )}
        {difference.paired && (
          <p className="mt-3 text-sm">
            <Link prefetch={false} href={`/admin/reconciliation/differences/${difference.paired.id}`} data-testid="paired-difference">
              {t(`kind.${difference.paired.kind}`)}: {difference.paired.serial}
            </Link>{" "}
            ({t(`status.${difference.paired.status}`)})
          </p>
        )}
      </Card>

      {forms.length > 0 && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("detail.resolve")}</h2>
          <ClientMessages namespaces={resolutionFormMessages}>
            <div className="grid gap-4 md:grid-cols-2">
              {forms.map((resolution) => (
                <ResolutionForm key={resolution} differenceId={difference.id} resolution={resolution} />
              ))}
            </div>
          </ClientMessages>
        </Card>
      )}
    </div>
  );
}
