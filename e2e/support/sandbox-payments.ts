import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { statementJson } from "../../sandbox-payments/statement";

/**
 * The sandbox payment platform started beside the app by playwright.config.ts, for e2e tests: its merchant
 * API (orders, status, transfers, test knobs) and its console login.
 */
export function sandboxPayments() {
  const url = process.env.E2E_SANDBOX_PAYMENTS_URL;
  const apiKey = process.env.E2E_SANDBOX_PAYMENTS_API_KEY;
  const consolePassword = process.env.E2E_SANDBOX_PAYMENTS_CONSOLE_PASSWORD;
  if (!url || !apiKey || !consolePassword) throw new Error("E2E_SANDBOX_PAYMENTS_* are set by playwright.config.ts");

  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  return {
    url,
    consolePassword,
    /** A checkout for a new order (amount in fen); returns its orderNo and the checkout page's URL. */
    async createOrder(input: { amountFen: bigint; returnUrl: string; purpose?: "DEPOSIT" | "REPAYMENT"; expiresInMs?: number }) {
      const orderNo = `e2e-${randomUUID()}`;
      const { checkoutUrl } = await call<{ checkoutUrl: string }>("POST", "/api/orders", {
        orderNo,
        purpose: input.purpose ?? "DEPOSIT",
        amountFen: input.amountFen.toString(),
        userId: "e2e-user",
        returnUrl: input.returnUrl,
        expiresAt: new Date(Date.now() + (input.expiresInMs ?? 30 * 60_000)).toISOString(),
      });
      return { orderNo, checkoutUrl };
    },
    order: (orderNo: string) =>
      call<{ orderNo: string; status: string; amountFen: string; gatewaySerial: string | null; paidAt: string | null }>(
        "GET",
        `/api/orders/${encodeURIComponent(orderNo)}`,
      ),
    /** 划账 without clicking: idempotent on `reference`; returns the transfer's serial. */
    transfer: (input: { reference: string; payeeName: string; cardNumber: string; amountFen: bigint }) =>
      call<{ serial: string }>("POST", "/api/transfers", { ...input, amountFen: input.amountFen.toString() }),
    /** The next `count` notifications of `userId`'s orders (of every order without it) are lost (for "check status"). */
    dropNotifications: (count = 1, userId?: string) => call("POST", "/api/test/drop-notifications", { count, userId }),
    /**
     * Each notification of `userId`'s orders (of every order without it) is sent `times` times (1 restores
     * normal), with new webhook ids when `newIds`. Scope it to the test's own user: specs run side by side.
     */
    duplicateNotifications: (times: number, newIds = false, userId?: string) =>
      call("POST", "/api/test/duplicate-notifications", { times, newIds, userId }),
    /** The statement (JSON) for business days or instants `from` / `to` (see sandbox-payments/README.md). */
    statement: (query: { from?: string; to?: string } = {}) =>
      call<SandboxStatement>("GET", `/api/statement?${new URLSearchParams({ format: "json", ...query }).toString()}`),
    /** The statement reports `amountFen` for the movement `serial` (an amount mismatch); its order or transfer is unchanged. */
    alterStatementAmount: (serial: string, amountFen: bigint) =>
      call("POST", "/api/test/statement/alter-amount", { serial, amountFen: amountFen.toString() }),
    /** The movement `serial` appears twice on the statement (a duplicated line). */
    duplicateStatementLine: (serial: string) => call("POST", "/api/test/statement/duplicate", { serial }),
    /** Clears the statement knobs of `serial` (name yours: specs run side by side). */
    resetStatementKnobs: (serial: string) => call("POST", "/api/test/statement/reset", { serial }),
    /** Logs `page` into the merchant console. */
    async loginToConsole(page: Page) {
      await page.goto(`${url}/console`);
      await page.getByLabel("密码 Password").fill(consolePassword);
      await page.getByRole("button", { name: "登录 Log in" }).click();
    },
  };
}

/** The sandbox's JSON statement (`GET /api/statement?format=json`), as the sandbox itself builds it. */
export type SandboxStatement = ReturnType<typeof statementJson>;
