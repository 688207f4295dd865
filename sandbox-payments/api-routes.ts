import type { ServerResponse } from "node:http";
import type { Context, Route } from "./context";
import { HttpError, hasApiKey, readJson, sendJson } from "./http";
import { ConflictError } from "./operations";
import { orderStatus } from "./state";
import { statementCsv, statementJson, statementRows } from "./statement";
import { parseBound } from "./time";
import {
  alterAmountSchema,
  createOrderSchema,
  dropSchema,
  duplicateSchema,
  statementResetSchema,
  statementSerialSchema,
  transferSchema,
} from "./validation";

function requireKey(context: Context, request: Parameters<Route["handle"]>[1]): void {
  if (!hasApiKey(request, context.config.apiKey)) throw new HttpError(401, "missing or wrong API key");
}

function parse<T>(
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { message: string } } },
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, result.error.message);
  return result.data;
}

export function checkoutUrl(context: Context, orderNo: string): string {
  return `${context.publicUrl}/checkout/${encodeURIComponent(orderNo)}`;
}

/** The statement for `from` / `to` query parameters (see time.ts parseBound), as CSV or JSON. */
export function sendStatement(context: Context, response: ServerResponse, url: URL): void {
  const bound = (edge: "from" | "to") => {
    const raw = url.searchParams.get(edge);
    if (!raw) return null;
    const value = parseBound(raw, edge);
    if (value === null) throw new HttpError(400, `${edge} must be YYYY-MM-DD or an ISO time with offset`);
    return value;
  };
  const from = bound("from");
  const to = bound("to");
  const format = url.searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "csv") throw new HttpError(400, "format must be csv or json");
  const statement = statementRows(context.ops.state, from, to, context.ops.knobs.statement);
  if (format === "json") {
    sendJson(response, 200, statementJson(statement, from, to));
    return;
  }
  response.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": 'attachment; filename="sandbox-statement.csv"',
    "cache-control": "no-store",
  });
  response.end(statementCsv(statement.rows));
}

export const apiRoutes: Route[] = [
  {
    method: "POST",
    pattern: /^\/api\/orders$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const input = parse(createOrderSchema, await readJson(request));
      try {
        const order = await context.ops.createOrder({ ...input, expiresAt: Date.parse(input.expiresAt) });
        sendJson(response, 200, { checkoutUrl: checkoutUrl(context, order.orderNo) });
      } catch (error) {
        if (error instanceof ConflictError) throw new HttpError(409, error.message);
        throw error;
      }
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/orders\/(?<orderNo>[^/]+)$/,
    async handle(context, request, response, params) {
      requireKey(context, request);
      const order = context.ops.state.orders[params.orderNo];
      if (!order) return sendJson(response, 404, { error: "no such order" });
      sendJson(response, 200, {
        orderNo: order.orderNo,
        status: orderStatus(order, context.now()),
        amountFen: order.amountFen,
        currency: "CNY",
        gatewaySerial: order.gatewaySerial,
        paidAt: order.paidAt === null ? null : new Date(order.paidAt).toISOString(),
      });
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/transfers$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const input = parse(transferSchema, await readJson(request));
      try {
        const { transfer } = await context.ops.transfer(input);
        sendJson(response, 200, { serial: transfer.serial, reference: transfer.reference, amountFen: transfer.amountFen });
      } catch (error) {
        if (error instanceof ConflictError) throw new HttpError(409, error.message);
        throw error;
      }
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/statement$/,
    async handle(context, request, response, _params, url) {
      requireKey(context, request);
      sendStatement(context, response, url);
    },
  },
];

/** Only with SANDBOX_PAYMENTS_TEST_KNOBS=1 (404 otherwise), and with the API key. */
export const knobRoutes: Route[] = [
  {
    method: "POST",
    pattern: /^\/api\/test\/drop-notifications$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const { count, userId } = parse(dropSchema, await readJson(request));
      if (userId) context.ops.knobs.byUser[userId] = { ...context.ops.knobs.byUser[userId], dropNext: count };
      else context.ops.knobs.dropNext = count;
      sendJson(response, 200, context.ops.knobs);
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/test\/duplicate-notifications$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const { times, newIds, userId } = parse(duplicateSchema, await readJson(request));
      if (userId)
        context.ops.knobs.byUser[userId] = { ...context.ops.knobs.byUser[userId], duplicateTimes: times, duplicateNewIds: newIds };
      else {
        context.ops.knobs.duplicateTimes = times;
        context.ops.knobs.duplicateNewIds = newIds;
      }
      sendJson(response, 200, context.ops.knobs);
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/test\/statement\/alter-amount$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const { serial, amountFen } = parse(alterAmountSchema, await readJson(request));
      if (!context.ops.hasSerial(serial)) throw new HttpError(404, `no movement ${serial}`);
      context.ops.knobs.statement.alterAmount[serial] = amountFen;
      sendJson(response, 200, context.ops.knobs.statement);
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/test\/statement\/duplicate$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const { serial } = parse(statementSerialSchema, await readJson(request));
      if (!context.ops.hasSerial(serial)) throw new HttpError(404, `no movement ${serial}`);
      context.ops.knobs.statement.duplicate[serial] = true;
      sendJson(response, 200, context.ops.knobs.statement);
    },
  },
  {
    method: "POST",
    pattern: /^\/api\/test\/statement\/reset$/,
    async handle(context, request, response) {
      requireKey(context, request);
      const { serial } = parse(statementResetSchema, await readJson(request));
      const knobs = context.ops.knobs.statement;
      if (serial === undefined) {
        knobs.alterAmount = {};
        knobs.duplicate = {};
      } else {
        delete knobs.alterAmount[serial];
        delete knobs.duplicate[serial];
      }
      sendJson(response, 200, knobs);
    },
  },
  {
    method: "GET",
    pattern: /^\/api\/test\/deliveries$/,
    async handle(context, request, response) {
      requireKey(context, request);
      sendJson(response, 200, { deliveries: context.ops.state.deliveries });
    },
  },
];
