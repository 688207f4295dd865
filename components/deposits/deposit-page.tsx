import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Figure } from "@/components/ui/figure";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { MAX_DEPOSIT_FEN, MIN_DEPOSIT_FEN } from "@/lib/domain/deposits/deposit-rules";
import { formatMoney, type MoneyLocale } from "@/lib/domain/money";
import { depositAwaitsPayment, mayDeposit } from "@/lib/domain/permissions";
import type { SessionUser } from "@/lib/server/auth/session";
import { getClock } from "@/lib/server/clock";
import { getDb } from "@/lib/server/db";
import { type DepositView, depositorFacts, getOwnDeposit, listOwnDeposits } from "@/lib/server/deposits/read-deposits";
import { CheckStatusButton } from "./check-status-button";
import { checkStatusButtonMessages } from "./check-status-button.messages";
import { DepositForm } from "./deposit-form";
import { depositFormMessages } from "./deposit-form.messages";
import { DepositStatusPill } from "./deposit-status-badge";

const PAGE_SIZE = 10;

/** The query of a deposit route: `?orderNo=` the deposit the gateway sent the user back for, `?page=` the history's page. */
export type DepositSearchParams = Promise<{ orderNo?: string | string[]; page?: string | string[] }>;

/** What to tell a user of each area who may not deposit yet (message keys under `deposits`), and where to go about it. */
const NOT_ALLOWED = {
  "/investor": { message: "notAllowedInvestor", href: "/investor/verification", link: "verifyLink" },
  "/company": { message: "notAllowedCompany", href: "/company/profile", link: "profileLink" },
} as const;

/**
 * The deposit page (充值) of investors and companies (`area` is the role's path; its route guards the role
 * and passes the signed-in user): the amount form (→ the gateway's checkout), the order the gateway returned
 * the user for, with its status and "check status" while it waits, and the user's deposits.
 */
export async function DepositPage({
  user,
  area,
  searchParams,
}: {
  user: SessionUser;
  area: "/investor" | "/company";
  searchParams: DepositSearchParams;
}) {
  const basePath = `${area}/deposit`;
  const query = await searchParams;
  const orderNo = typeof query.orderNo === "string" ? query.orderNo.slice(0, 64) : undefined;
  const page = parsePage(query.page);
  const [t, format, locale, db] = await Promise.all([getTranslations("deposits"), getFormatter(), getLocale(), getDb()]);
  const money = (fen: bigint) => formatMoney(fen, locale as MoneyLocale);
  const [facts, returned, history] = await Promise.all([
    depositorFacts(db, user.id),
    orderNo ? getOwnDeposit(db, user.id, orderNo) : Promise.resolve(undefined),
    listOwnDeposits(db, user.id, page, PAGE_SIZE),
  ]);
  const allowed = mayDeposit(user, facts);
  const notAllowed = NOT_ALLOWED[area];
  const now = getClock().now();

  return (
    <ClientMessages namespaces={[...depositFormMessages, ...checkStatusButtonMessages]}>
      <div className="mx-auto max-w-2xl space-y-6">
        <PageHeader title={t("title")} />
        {orderNo !== undefined && (
          <Card>
            {returned ? (
              <ReturnedDeposit
                deposit={returned}
                now={now}
                money={money}
                t={t}
                time={(d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}
              />
            ) : (
              <p role="alert">{t("resultNotFound")}</p>
            )}
            {returned && !depositAwaitsPayment(returned) && allowed && (
              <Link href={basePath} className={`${buttonClasses("secondary")} mt-4 hover:no-underline`}>
                {t("newDeposit")}
              </Link>
            )}
          </Card>
        )}
        {(orderNo === undefined || !returned || !depositAwaitsPayment(returned)) && (
          <Card>
            <p className="mb-6 text-slate-600">{t("intro")}</p>
            {allowed ? (
              <DepositForm min={money(MIN_DEPOSIT_FEN)} max={money(MAX_DEPOSIT_FEN)} />
            ) : (
              <p className="rounded-md bg-amber-50 p-3 text-amber-900" data-testid="deposit-not-allowed">
                {t(notAllowed.message)} <Link href={notAllowed.href}>{t(notAllowed.link)}</Link>
              </p>
            )}
          </Card>
        )}
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("historyTitle")}</h2>
          {history.items.length === 0 ? (
            <EmptyState>{t("empty")}</EmptyState>
          ) : (
            <ul className="divide-y">
              {history.items.map((deposit) => (
                <li key={deposit.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="deposit-row">
                  <div className="min-w-0">
                    <Link href={`${basePath}?orderNo=${deposit.id}`} className="font-medium">
                      <Figure>{money(deposit.amountFen)}</Figure>
                    </Link>
                    <p className="text-sm break-all text-slate-500">
                      {format.dateTime(deposit.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      {deposit.gatewaySerial && <> · {t("serial", { serial: deposit.gatewaySerial })}</>}
                    </p>
                  </div>
                  <DepositStatusPill status={deposit.status} text={t(`status.${deposit.status}`)} />
                </li>
              ))}
            </ul>
          )}
          <Pagination page={history.page} pageSize={PAGE_SIZE} total={history.total} basePath={basePath} />
        </Card>
      </div>
    </ClientMessages>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"deposits">>>;

function ReturnedDeposit({
  deposit,
  now,
  money,
  t,
  time,
}: {
  deposit: DepositView;
  now: Date;
  money: (fen: bigint) => string;
  t: Translate;
  time: (d: Date) => string;
}) {
  const awaiting = depositAwaitsPayment(deposit);
  const checkoutClosed = now.getTime() >= deposit.expiresAt.getTime();
  const result = awaiting && checkoutClosed ? "CREATED_CLOSED" : deposit.status;
  return (
    <div className="space-y-3" data-testid="deposit-result">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("resultTitle", { amount: money(deposit.amountFen) })}</h2>
        <DepositStatusPill status={deposit.status} text={t(`status.${deposit.status}`)} />
      </div>
      <p role="status">{t(`result.${result}`, { amount: money(deposit.amountFen) })}</p>
      <p className="text-sm break-all text-slate-500">
        {t("orderNo", { orderNo: deposit.id })}
        {deposit.gatewaySerial && <> · {t("serial", { serial: deposit.gatewaySerial })}</>}
      </p>
      {awaiting && (
        <>
          {!checkoutClosed && <p className="text-sm text-slate-600">{t("checkoutClosesAt", { time: time(deposit.expiresAt) })}</p>}
          <CheckStatusButton depositId={deposit.id} />
        </>
      )}
    </div>
  );
}
