import { z } from "zod";
import {
  type CheckoutOrder,
  type CheckoutSession,
  type GatewayOrder,
  GatewayUnavailableError,
  type PaymentGateway,
  type StatementPeriod,
} from "./gateway";

export interface SandboxGatewayOptions {
  /** The sandbox's base URL, e.g. http://localhost:3100 (no trailing slash needed). */
  baseUrl: string;
  /** The merchant API key (Bearer). */
  apiKey: string;
  /** Per request, ms. */
  timeoutMs?: number;
}

const checkoutResponse = z.object({ checkoutUrl: z.url({ protocol: /^https?$/ }) });
const orderResponse = z.object({
  orderNo: z.string(),
  status: z.enum(["CREATED", "PAID", "FAILED", "EXPIRED"]),
  amountFen: z.string().regex(/^[1-9][0-9]{0,17}$/),
  currency: z.literal("CNY"),
  gatewaySerial: z.string().min(1).max(64).nullable(),
  paidAt: z.iso.datetime({ offset: true }).nullable(),
});

/**
 * PaymentGateway over the sandbox payment platform's merchant HTTP API (sandbox-payments/). A network
 * error, a timeout, a 5xx, a refused key (401/403) or an answer that is not what the API promises become
 * GatewayUnavailableError (nothing is known, try later). A 400 or 409 means the platform asked for
 * something wrong (e.g. the same orderNo with another amount): a plain Error, a bug to log.
 */
export class SandboxGateway implements PaymentGateway {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: SandboxGatewayOptions) {
    this.baseUrl = withoutTrailingSlashes(options.baseUrl);
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  async createCheckout(order: CheckoutOrder): Promise<CheckoutSession> {
    const response = await this.request("POST", "/api/orders", {
      orderNo: order.orderNo,
      purpose: order.purpose,
      amountFen: order.amountFen.toString(),
      userId: order.userId,
      returnUrl: order.returnUrl,
      expiresAt: order.expiresAt.toISOString(),
    });
    const body = await this.expectOk(response, `create checkout for ${order.orderNo}`);
    return this.parse(checkoutResponse, body, "checkout");
  }

  async queryOrder(orderNo: string): Promise<GatewayOrder | null> {
    const response = await this.request("GET", `/api/orders/${encodeURIComponent(orderNo)}`);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    const body = await this.expectOk(response, `query order ${orderNo}`);
    const order = this.parse(orderResponse, body, "order");
    return {
      orderNo: order.orderNo,
      status: order.status,
      amountFen: BigInt(order.amountFen),
      currency: "CNY",
      gatewaySerial: order.gatewaySerial,
      paidAt: order.paidAt === null ? null : new Date(order.paidAt),
    };
  }

  /** GET /api/statement?format=json&from=&to= (sandbox-payments/README.md): the JSON text as the gateway sent it. */
  async fetchStatement(period: StatementPeriod): Promise<string> {
    const query = new URLSearchParams({ format: "json", from: period.from, to: period.to });
    const response = await this.request("GET", `/api/statement?${query.toString()}`);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new GatewayUnavailableError("payment gateway: statement: reading the answer failed", { cause: error });
    }
    if (response.status === 400) throw new Error(`payment gateway refused the statement query: ${text.slice(0, 200)}`);
    if (!response.ok) throw new GatewayUnavailableError(`payment gateway: statement: HTTP ${response.status}`);
    return text;
  }

  private async request(method: "GET" | "POST", path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.options.apiKey}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
        cache: "no-store",
      });
    } catch (error) {
      throw new GatewayUnavailableError(`payment gateway unreachable (${method} ${path})`, { cause: error });
    }
  }

  private async expectOk(response: Response, what: string): Promise<unknown> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new GatewayUnavailableError(`payment gateway: ${what}: reading the answer failed`, { cause: error });
    }
    if (response.status === 400 || response.status === 409) {
      throw new Error(`payment gateway refused to ${what}: HTTP ${response.status} ${text.slice(0, 200)}`);
    }
    if (!response.ok) throw new GatewayUnavailableError(`payment gateway: ${what}: HTTP ${response.status}`);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new GatewayUnavailableError(`payment gateway: ${what}: answer is not JSON`, { cause: error });
    }
  }

  private parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
    const result = schema.safeParse(body);
    if (!result.success) throw new GatewayUnavailableError(`payment gateway: unexpected ${what} answer: ${result.error.message}`);
    return result.data;
  }
}

/** "http://x/" → "http://x" (a loop, not /\/+$/: that regex is quadratic on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end -= 1;
  return url.slice(0, end);
}
