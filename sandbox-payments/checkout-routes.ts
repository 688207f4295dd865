import type { Route } from "./context";
import { html, page } from "./html";
import { redirect, sendHtml } from "./http";
import { formatYuan } from "./money";
import { ConflictError, NotFoundError } from "./operations";
import { type OrderRecord, orderStatus } from "./state";
import { isoCst } from "./time";

const PURPOSE_LABEL = { DEPOSIT: "充值 Deposit", REPAYMENT: "还款 Repayment" } as const;
const STATUS_LABEL = {
  CREATED: "待支付 Awaiting payment",
  PAID: "已支付 Paid",
  FAILED: "支付失败 Failed",
  EXPIRED: "已过期 Expired",
} as const;

function back(order: OrderRecord, result: "paid" | "failed" | "abandoned"): string {
  const url = new URL(order.returnUrl);
  url.searchParams.set("orderNo", order.orderNo);
  url.searchParams.set("result", result);
  return url.toString();
}

function notFound(response: Parameters<Route["handle"]>[2]): void {
  sendHtml(response, 404, page("订单不存在 No such order", html`<div class="card"><h1>订单不存在 No such order</h1></div>`));
}

/**
 * The hosted checkout the platform sends its user to. No login: as at a real gateway, whoever holds the
 * checkout link pays; the platform learns the outcome only from the notification or a status query.
 */
export const checkoutRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/checkout\/(?<orderNo>[^/]+)$/,
    async handle(context, _request, response, params) {
      const order = context.ops.state.orders[params.orderNo];
      if (!order) return notFound(response);
      const status = orderStatus(order, context.now());
      const base = `/checkout/${encodeURIComponent(order.orderNo)}`;
      const actions =
        status === "CREATED"
          ? html`<div class="buttons">
<form method="post" action="${base}/pay"><button type="submit">支付 Pay</button></form>
<form method="post" action="${base}/fail"><button type="submit" class="danger">模拟失败 Fail</button></form>
<form method="post" action="${base}/abandon"><button type="submit" class="secondary">放弃并返回 Abandon</button></form>
</div>`
          : html`<p>${status === "EXPIRED" ? "订单已过期，无法支付。This order has expired and can no longer be paid." : "此订单已处理。This order is closed."}</p>
${status === "EXPIRED" ? "" : html`<p><a href="${back(order, status === "PAID" ? "paid" : "failed")}">返回商户 Back to the merchant</a></p>`}`;
      const body = html`<div class="card">
<h1>收银台 Checkout</h1>
<p>${PURPOSE_LABEL[order.purpose]}</p>
<div class="amount" data-testid="checkout-amount">${formatYuan(order.amountFen)}</div>
<p>订单号 Order: <span class="serial">${order.orderNo}</span></p>
<p>状态 Status: <strong data-testid="checkout-status">${STATUS_LABEL[status]}</strong></p>
${order.gatewaySerial ? html`<p>流水号 Serial: <span class="serial">${order.gatewaySerial}</span></p>` : ""}
<p>有效期至 Valid until: ${isoCst(order.expiresAt)}</p>
${actions}
</div>`;
      sendHtml(response, status === "EXPIRED" ? 410 : 200, page(`收银台 Checkout ${order.orderNo}`, body));
    },
  },
  {
    method: "POST",
    pattern: /^\/checkout\/(?<orderNo>[^/]+)\/(?<action>pay|fail|abandon)$/,
    async handle(context, _request, response, params) {
      const order = context.ops.state.orders[params.orderNo];
      if (!order) return notFound(response);
      if (params.action === "abandon") return redirect(response, back(order, "abandoned"));
      try {
        const done = params.action === "pay" ? await context.ops.pay(order.orderNo) : await context.ops.fail(order.orderNo);
        redirect(response, back(done, done.status === "PAID" ? "paid" : "failed"));
      } catch (error) {
        if (error instanceof NotFoundError) return notFound(response);
        if (!(error instanceof ConflictError)) throw error;
        const status = orderStatus(order, context.now());
        sendHtml(
          response,
          status === "EXPIRED" ? 410 : 409,
          page(
            "无法处理 Cannot proceed",
            html`<div class="card error"><h1>无法处理 Cannot proceed</h1><p>订单状态 Order status: ${STATUS_LABEL[status]}</p></div>`,
          ),
        );
      }
    },
  },
];
