import { createHmac } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendStatement } from "./api-routes";
import type { Context, Route } from "./context";
import { type Html, html, page } from "./html";
import { HttpError, readCookie, readForm, redirect, sameSecret, sendHtml } from "./http";
import { foldDigits, formatYuan, parseYuanInput } from "./money";
import { ConflictError } from "./operations";
import { orderStatus } from "./state";
import { isoCst } from "./time";
import { transferSchema } from "./validation";

const COOKIE = "sbp_console";
const LIST_LIMIT = 100;

/** The session cookie's value: derived from the password, so changing the password logs everyone out. */
function sessionToken(context: Context): string {
  return createHmac("sha256", context.config.consolePassword).update("sandbox-console-session-v1").digest("base64url");
}

function loggedIn(context: Context, request: IncomingMessage): boolean {
  const cookie = readCookie(request, COOKIE);
  return cookie !== null && sameSecret(cookie, sessionToken(context));
}

function loginPage(response: ServerResponse, status: number, error: string | null): void {
  const body = html`<div class="card">
<h1>商户控制台 Merchant console</h1>
${error ? html`<div class="error" role="alert">${error}</div>` : ""}
<form method="post" action="/console/login">
<label for="password">密码 Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">登录 Log in</button></p>
</form></div>`;
  sendHtml(response, status, page("商户控制台 Merchant console", body));
}

interface TransferForm {
  reference: string;
  payeeName: string;
  cardNumber: string;
  amount: string;
}

function consolePage(context: Context, response: ServerResponse, status: number, notice: Html | null, form: TransferForm | null): void {
  const { state } = context.ops;
  const now = context.now();
  const orders = Object.values(state.orders)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, LIST_LIMIT);
  const transfers = Object.values(state.transfers)
    .sort((a, b) => b.createdAt - a.createdAt)
    .slice(0, LIST_LIMIT);
  const value = (field: keyof TransferForm) => form?.[field] ?? "";
  const body = html`${notice ?? ""}
<div class="card">
<h1>执行划账 Execute a transfer</h1>
<p>按平台显示的收款人、银行卡号与金额划账，并把流水号抄回平台。Transfer to the payee and card the platform shows, then copy the serial back into the platform.</p>
<form method="post" action="/console/transfers">
<label for="payeeName">收款人 Payee name</label><input id="payeeName" name="payeeName" required maxlength="100" value="${value("payeeName")}">
<label for="cardNumber">银行卡号 Bank card number</label><input id="cardNumber" name="cardNumber" required inputmode="numeric" autocomplete="off" value="${value("cardNumber")}">
<label for="amount">金额（元）Amount (yuan)</label><input id="amount" name="amount" required inputmode="decimal" value="${value("amount")}">
<label for="reference">平台参考号 Platform reference (outflow id)</label><input id="reference" name="reference" required maxlength="64" value="${value("reference")}">
<p><button type="submit">确认划账 Transfer</button></p>
</form></div>
<div class="card">
<h2>对账单 Statement</h2>
<p><a href="/console/statement?format=csv" download>下载 CSV Download CSV</a> · <a href="/console/statement?format=json">JSON</a></p>
</div>
<div class="card"><h2>划账记录 Transfers</h2>
${
  transfers.length === 0
    ? html`<p>暂无划账 No transfers yet.</p>`
    : html`<div class="scroll"><table><thead><tr><th>流水号 Serial</th><th>时间 Time</th><th>收款人 Payee</th><th>卡号 Card</th><th>金额 Amount</th><th>参考号 Reference</th></tr></thead><tbody>
${transfers.map((t) => html`<tr><td class="serial">${t.serial}</td><td>${isoCst(t.createdAt)}</td><td>${t.payeeName}</td><td>${t.cardNumber}</td><td>${formatYuan(t.amountFen)}</td><td>${t.reference}</td></tr>`)}
</tbody></table></div>`
}</div>
<div class="card"><h2>收款订单 Orders</h2>
${
  orders.length === 0
    ? html`<p>暂无订单 No orders yet.</p>`
    : html`<div class="scroll"><table><thead><tr><th>订单号 Order</th><th>用途 Purpose</th><th>金额 Amount</th><th>状态 Status</th><th>流水号 Serial</th><th>创建 Created</th></tr></thead><tbody>
${orders.map((o) => html`<tr><td>${o.orderNo}</td><td>${o.purpose}</td><td>${formatYuan(o.amountFen)}</td><td>${orderStatus(o, now)}</td><td>${o.gatewaySerial ?? ""}</td><td>${isoCst(o.createdAt)}</td></tr>`)}
</tbody></table></div>`
}</div>
<form method="post" action="/console/logout"><button type="submit" class="secondary">退出 Log out</button></form>`;
  sendHtml(response, status, page("商户控制台 Merchant console", body));
}

function confirmPage(
  response: ServerResponse,
  form: TransferForm,
  transfer: { reference: string; payeeName: string; cardNumber: string; amountFen: string },
): void {
  const hidden = (Object.keys(form) as (keyof TransferForm)[]).map(
    (field) => html`<input type="hidden" name="${field}" value="${form[field]}">`,
  );
  const body = html`<div class="card">
<h1>确认划账 Confirm the transfer</h1>
<p>划出后无法撤回，请与平台显示的内容逐项核对。A transfer cannot be taken back: check every item against the platform.</p>
<table><tbody>
<tr><th>收款人 Payee</th><td data-testid="confirm-payee">${transfer.payeeName}</td></tr>
<tr><th>银行卡号 Card</th><td data-testid="confirm-card">${transfer.cardNumber.replace(/(\d{4})(?=\d)/g, "$1 ")}</td></tr>
<tr><th>金额 Amount</th><td data-testid="confirm-amount">${formatYuan(transfer.amountFen)}</td></tr>
<tr><th>平台参考号 Reference</th><td>${transfer.reference}</td></tr>
</tbody></table>
<form method="post" action="/console/transfers">${hidden}
<div class="buttons" style="margin-top:16px"><button type="submit" name="confirmed" value="1">确认划账 Confirm transfer</button>
<button type="submit" name="edit" value="1" class="secondary">返回修改 Back</button></div></form></div>`;
  sendHtml(response, 200, page("确认划账 Confirm the transfer", body));
}

/** Customer service's console: password login (cookie), transfers (划账), lists, statement download. */
export const consoleRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/console$/,
    async handle(context, request, response, _params, url) {
      if (!loggedIn(context, request)) return loginPage(response, 200, null);
      const reference = url.searchParams.get("transfer");
      const done = reference ? context.ops.state.transfers[reference] : undefined;
      const notice = done
        ? html`<div class="notice" role="status">划账已执行 Transfer executed · ${formatYuan(done.amountFen)} → ${done.payeeName}<br>
流水号 Serial: <span class="serial" data-testid="transfer-serial">${done.serial}</span></div>`
        : null;
      consolePage(context, response, 200, notice, null);
    },
  },
  {
    method: "POST",
    pattern: /^\/console\/login$/,
    async handle(context, request, response) {
      const form = await readForm(request);
      if (!sameSecret(form.get("password") ?? "", context.config.consolePassword)) {
        return loginPage(response, 401, "密码错误 Wrong password");
      }
      redirect(response, "/console", { "set-cookie": `${COOKIE}=${sessionToken(context)}; Path=/; HttpOnly; SameSite=Strict` });
    },
  },
  {
    method: "POST",
    pattern: /^\/console\/logout$/,
    async handle(_context, _request, response) {
      redirect(response, "/console", { "set-cookie": `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` });
    },
  },
  {
    method: "POST",
    pattern: /^\/console\/transfers$/,
    async handle(context, request, response) {
      if (!loggedIn(context, request)) return loginPage(response, 401, null);
      const raw = await readForm(request);
      const form: TransferForm = {
        reference: (raw.get("reference") ?? "").trim(),
        payeeName: (raw.get("payeeName") ?? "").trim(),
        cardNumber: foldDigits(raw.get("cardNumber") ?? ""),
        amount: raw.get("amount") ?? "",
      };
      const amountFen = parseYuanInput(form.amount);
      const parsed = transferSchema.safeParse({ ...form, amountFen: amountFen ?? "" });
      if (!parsed.success) {
        const problem =
          amountFen === null
            ? "金额无效 Invalid amount"
            : "请检查收款人、卡号（12–19 位数字）和参考号 Check the payee, card (12–19 digits) and reference";
        return consolePage(context, response, 400, html`<div class="error" role="alert">${problem}</div>`, form);
      }
      if (raw.get("edit") === "1") return consolePage(context, response, 200, null, form);
      // Money leaving cannot be taken back: the first submit only shows what will be transferred.
      if (raw.get("confirmed") !== "1") return confirmPage(response, form, parsed.data);
      try {
        const { transfer } = await context.ops.transfer(parsed.data);
        redirect(response, `/console?transfer=${encodeURIComponent(transfer.reference)}`);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const message = "该参考号已用于另一笔划账 This reference was already used for another transfer";
        consolePage(context, response, 409, html`<div class="error" role="alert">${message}</div>`, form);
      }
    },
  },
  {
    method: "GET",
    pattern: /^\/console\/statement$/,
    async handle(context, request, response, _params, url) {
      if (!loggedIn(context, request)) throw new HttpError(401, "log in first");
      sendStatement(context, response, url);
    },
  },
];
