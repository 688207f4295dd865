import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type GatewayNotification, verifyNotification } from "@/lib/server/payments";
import { type Receiver, startReceiver } from "./support/receiver";
import {
  api,
  eventually,
  freshDataDir,
  newOrder,
  type SandboxProcess,
  startSandboxProcess,
  TEST_WEBHOOK_SECRET,
} from "./support/sandbox-process";

// Notifications from the real sandbox process to a tiny receiver standing in for the platform's webhook:
// signed in the Standard Webhooks format (verified with the platform's own verifyNotification), retried
// with the same webhook-id until a 2xx, and resumed after a crash.

let receiver: Receiver;
const started: SandboxProcess[] = [];

async function sandboxFor(env: Record<string, string> = {}, dataDir?: string) {
  const sandbox = await startSandboxProcess({ SANDBOX_PAYMENTS_NOTIFY_URL: receiver.url, ...env }, dataDir);
  started.push(sandbox);
  return sandbox;
}

async function orderAndAct(sandbox: SandboxProcess, action: "pay" | "fail", amountFen = "88800", userId = "user-1") {
  const order = newOrder({ amountFen, userId });
  expect((await api(sandbox, "/api/orders", { body: order })).status).toBe(200);
  const response = await fetch(`${sandbox.url}/checkout/${order.orderNo}/${action}`, { method: "POST", redirect: "manual" });
  expect(response.status).toBe(303);
  return { order, location: response.headers.get("location") ?? "" };
}

function receivedFor(orderNo: string) {
  return receiver.received.filter((request) => request.body.includes(`"orderNo":"${orderNo}"`));
}

function verified(index: number, orderNo: string): { id: string; notification: GatewayNotification } {
  const request = receivedFor(orderNo)[index];
  return verifyNotification(request.body, request.headers, TEST_WEBHOOK_SECRET);
}

beforeAll(async () => {
  receiver = await startReceiver();
});

afterEach(() => {
  receiver.respondWith(200);
});

afterAll(async () => {
  await Promise.all(started.map((sandbox) => sandbox.stop()));
  await receiver.close();
});

describe("pay and fail", () => {
  it("pay: redirects back with result=paid and sends a signed payment.succeeded the platform verifies", async () => {
    const sandbox = await sandboxFor();
    const { order, location } = await orderAndAct(sandbox, "pay");
    const back = new URL(location);
    expect(back.origin + back.pathname).toBe(order.returnUrl);
    expect(Object.fromEntries(back.searchParams)).toEqual({ orderNo: order.orderNo, result: "paid" });

    await eventually(() => receivedFor(order.orderNo).length === 1);
    const { id, notification } = verified(0, order.orderNo);
    expect(id).toMatch(/^msg_/);
    expect(notification.type).toBe("payment.succeeded");
    expect(notification.data).toMatchObject({ orderNo: order.orderNo, purpose: "DEPOSIT", amountFen: "88800", currency: "CNY" });
    const status = (await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { gatewaySerial: string; paidAt: string };
    expect(notification.data.gatewaySerial).toBe(status.gatewaySerial);
    expect(notification.data.paidAt).toBe(status.paidAt);

    // Another secret does not verify: the signature really covers the body.
    const request = receivedFor(order.orderNo)[0];
    const other = `whsec_${Buffer.from("another-secret-another-secret-32").toString("base64")}`;
    expect(() => verifyNotification(request.body, request.headers, other)).toThrow();
    expect(() => verifyNotification(request.body.replace("88800", "88801"), request.headers, TEST_WEBHOOK_SECRET)).toThrow();

    // Paying again changes nothing and sends nothing.
    const again = await fetch(`${sandbox.url}/checkout/${order.orderNo}/pay`, { method: "POST", redirect: "manual" });
    expect(new URL(again.headers.get("location") ?? "").searchParams.get("result")).toBe("paid");
    const after = (await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { gatewaySerial: string };
    expect(after.gatewaySerial).toBe(status.gatewaySerial);
  });

  it("fail: FAILED, a payment.failed notification, and the order can no longer be paid", async () => {
    const sandbox = started[0];
    const { order, location } = await orderAndAct(sandbox, "fail");
    expect(new URL(location).searchParams.get("result")).toBe("failed");
    await eventually(() => receivedFor(order.orderNo).length === 1);
    const { notification } = verified(0, order.orderNo);
    expect(notification.type).toBe("payment.failed");
    expect(notification.data.gatewaySerial).toBeNull();
    const pay = await fetch(`${sandbox.url}/checkout/${order.orderNo}/pay`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(409);
    const status = (await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { status: string };
    expect(status.status).toBe("FAILED");
  });

  it("abandon: back to the merchant, nothing changes and nothing is sent", async () => {
    const sandbox = started[0];
    const order = newOrder();
    await api(sandbox, "/api/orders", { body: order });
    const response = await fetch(`${sandbox.url}/checkout/${order.orderNo}/abandon`, { method: "POST", redirect: "manual" });
    expect(new URL(response.headers.get("location") ?? "").searchParams.get("result")).toBe("abandoned");
    const status = (await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { status: string };
    expect(status.status).toBe("CREATED");
    expect(receivedFor(order.orderNo)).toHaveLength(0);
  });
});

describe("retries", () => {
  it("retries with the same webhook-id and body until a 2xx, waiting longer each time", async () => {
    const sandbox = started[0];
    receiver.respondWith(503);
    const { order } = await orderAndAct(sandbox, "pay");
    await eventually(() => receivedFor(order.orderNo).length >= 3);
    receiver.respondWith(200);
    const delivered = await eventually(async () => {
      const { deliveries } = (await (await api(sandbox, "/api/test/deliveries")).json()) as {
        deliveries: { body: string; status: string; attempts: number }[];
      };
      return deliveries.find((d) => d.body.includes(order.orderNo) && d.status === "DELIVERED");
    });
    const requests = receivedFor(order.orderNo);
    // Delivered on the last attempt the receiver saw; none after it.
    expect(delivered.attempts).toBe(requests.length);
    expect(requests.at(-1)?.at).toBeGreaterThan(requests[2].at);
    expect(new Set(requests.map((r) => r.headers.get("webhook-id"))).size).toBe(1);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    // Every attempt is signed anew and verifies.
    for (const index of requests.keys()) expect(verified(index, order.orderNo).notification.type).toBe("payment.succeeded");
    // Backoff: base 50 ms, doubling (50, 100, …), so the gaps grow.
    const gaps = requests.slice(1).map((request, index) => request.at - requests[index].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
  });

  it("gives up after SANDBOX_PAYMENTS_MAX_ATTEMPTS", async () => {
    const sandbox = await sandboxFor({ SANDBOX_PAYMENTS_MAX_ATTEMPTS: "3", SANDBOX_PAYMENTS_RETRY_BASE_MS: "10" });
    receiver.respondWith(500);
    const { order } = await orderAndAct(sandbox, "pay");
    const delivery = await eventually(async () => {
      const { deliveries } = (await (await api(sandbox, "/api/test/deliveries")).json()) as {
        deliveries: { body: string; status: string; attempts: number; lastError: string }[];
      };
      return deliveries.find((d) => d.body.includes(order.orderNo) && d.status === "GAVE_UP");
    });
    expect(delivery).toMatchObject({ attempts: 3, lastError: "HTTP 500" });
    expect(receivedFor(order.orderNo)).toHaveLength(3);
  });

  it("resumes pending notifications after a crash, with the same webhook-id", async () => {
    const dataDir = freshDataDir();
    const first = await sandboxFor({}, dataDir);
    receiver.respondWith(503);
    const { order } = await orderAndAct(first, "pay");
    await eventually(() => receivedFor(order.orderNo).length >= 1);
    await first.stop("SIGKILL");
    const before = receivedFor(order.orderNo).length;
    receiver.respondWith(200);

    const second = await sandboxFor({}, dataDir);
    await eventually(() => receivedFor(order.orderNo).length > before);
    const ids = new Set(receivedFor(order.orderNo).map((r) => r.headers.get("webhook-id")));
    expect(ids.size).toBe(1);
    const status = (await (await api(second, `/api/orders/${order.orderNo}`)).json()) as { status: string; gatewaySerial: string };
    expect(status.status).toBe("PAID");
    expect(verified(receivedFor(order.orderNo).length - 1, order.orderNo).notification.data.gatewaySerial).toBe(status.gatewaySerial);
  });
});

describe("test knobs", () => {
  it("drop-notifications loses the next notification; the status query still tells the truth", async () => {
    const sandbox = started[0];
    expect((await api(sandbox, "/api/test/drop-notifications", { body: { count: 1 } })).status).toBe(200);
    const lost = await orderAndAct(sandbox, "pay");
    const kept = await orderAndAct(sandbox, "pay");
    await eventually(() => receivedFor(kept.order.orderNo).length === 1);
    expect(receivedFor(lost.order.orderNo)).toHaveLength(0);
    const status = (await (await api(sandbox, `/api/orders/${lost.order.orderNo}`)).json()) as { status: string; gatewaySerial: string };
    expect(status.status).toBe("PAID");
    expect(status.gatewaySerial).toMatch(/^SBP/);
  });

  it("a knob given a userId touches only that user's orders, so tests side by side keep their own", async () => {
    const sandbox = started[0];
    expect((await api(sandbox, "/api/test/drop-notifications", { body: { count: 1, userId: "user-drop" } })).status).toBe(200);
    expect((await api(sandbox, "/api/test/duplicate-notifications", { body: { times: 2, userId: "user-twice" } })).status).toBe(200);
    const other = await orderAndAct(sandbox, "pay", "88800", "user-other");
    const twice = await orderAndAct(sandbox, "pay", "88800", "user-twice");
    const lost = await orderAndAct(sandbox, "pay", "88800", "user-drop");
    const next = await orderAndAct(sandbox, "pay", "88800", "user-drop");
    await eventually(
      () =>
        receivedFor(twice.order.orderNo).length === 2 &&
        receivedFor(next.order.orderNo).length === 1 &&
        receivedFor(other.order.orderNo).length === 1,
    );
    expect(receivedFor(lost.order.orderNo)).toHaveLength(0);
    await api(sandbox, "/api/test/duplicate-notifications", { body: { times: 1, userId: "user-twice" } });
  });

  it("duplicate-notifications sends each one n times, with the same id or with new ids", async () => {
    const sandbox = started[0];
    await api(sandbox, "/api/test/duplicate-notifications", { body: { times: 3 } });
    const same = await orderAndAct(sandbox, "pay");
    await eventually(() => receivedFor(same.order.orderNo).length === 3);
    expect(new Set(receivedFor(same.order.orderNo).map((r) => r.headers.get("webhook-id"))).size).toBe(1);

    await api(sandbox, "/api/test/duplicate-notifications", { body: { times: 2, newIds: true } });
    const fresh = await orderAndAct(sandbox, "pay");
    await eventually(() => receivedFor(fresh.order.orderNo).length === 2);
    expect(new Set(receivedFor(fresh.order.orderNo).map((r) => r.headers.get("webhook-id"))).size).toBe(2);
    const serials = new Set([0, 1].map((index) => verified(index, fresh.order.orderNo).notification.data.gatewaySerial));
    expect(serials.size).toBe(1);
    await api(sandbox, "/api/test/duplicate-notifications", { body: { times: 1 } });
  });

  it("are not there without SANDBOX_PAYMENTS_TEST_KNOBS=1", async () => {
    const sandbox = await sandboxFor({ SANDBOX_PAYMENTS_TEST_KNOBS: "0" });
    expect((await api(sandbox, "/api/test/drop-notifications", { body: { count: 1 } })).status).toBe(404);
    expect((await api(sandbox, "/api/test/deliveries")).status).toBe(404);
  });
});
