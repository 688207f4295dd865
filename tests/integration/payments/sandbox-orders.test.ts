import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GatewayUnavailableError, SandboxGateway } from "@/lib/server/payments";
import { api, freshDataDir, newOrder, type SandboxProcess, startSandboxProcess, TEST_API_KEY } from "./support/sandbox-process";

// The sandbox payment platform as the platform sees it: the merchant API over HTTP, driven directly and
// through SandboxGateway (the PaymentGateway the app uses).

let sandbox: SandboxProcess;
let gateway: SandboxGateway;

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  gateway = new SandboxGateway({ baseUrl: sandbox.url, apiKey: TEST_API_KEY, timeoutMs: 2000 });
});

afterAll(async () => {
  await sandbox?.stop();
});

describe("merchant API authentication", () => {
  it.each([
    ["POST", "/api/orders"],
    ["GET", "/api/orders/whatever"],
    ["POST", "/api/transfers"],
    ["GET", "/api/statement"],
    ["POST", "/api/test/drop-notifications"],
  ])("refuses %s %s without the key or with a wrong one", async (method, path) => {
    const body = method === "POST" ? {} : undefined;
    expect((await api(sandbox, path, { method, body, key: null })).status).toBe(401);
    expect((await api(sandbox, path, { method, body, key: `${TEST_API_KEY}x` })).status).toBe(401);
  });

  it("maps a refused key to GatewayUnavailableError", async () => {
    const wrong = new SandboxGateway({ baseUrl: sandbox.url, apiKey: "wrong" });
    await expect(wrong.queryOrder("x")).rejects.toBeInstanceOf(GatewayUnavailableError);
  });
});

describe("orders", () => {
  it("creates a checkout once per orderNo, and refuses the same orderNo with another amount", async () => {
    const order = newOrder();
    const first = await api(sandbox, "/api/orders", { body: order });
    expect(first.status).toBe(200);
    const { checkoutUrl } = (await first.json()) as { checkoutUrl: string };
    expect(checkoutUrl).toMatch(new RegExp(`/checkout/${order.orderNo}$`));

    const again = await api(sandbox, "/api/orders", { body: order });
    expect(await again.json()).toEqual({ checkoutUrl });

    const conflict = await api(sandbox, "/api/orders", { body: { ...order, amountFen: "123457" } });
    expect(conflict.status).toBe(409);
    const status = (await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { amountFen: string };
    expect(status.amountFen).toBe("123456");
  });

  it.each([
    ["a zero amount", { amountFen: "0" }],
    ["a number amount", { amountFen: 100 }],
    ["a fractional amount", { amountFen: "12.5" }],
    ["an unknown purpose", { purpose: "GIFT" }],
    ["a javascript: return URL", { returnUrl: "javascript:alert(1)" }],
    ["an expiry without offset", { expiresAt: "2026-12-01T10:00:00" }],
    ["an orderNo with a slash", { orderNo: "a/b" }],
  ])("refuses %s (400)", async (_name, change) => {
    const response = await api(sandbox, "/api/orders", { body: { ...newOrder(), ...change } });
    expect(response.status).toBe(400);
  });

  it("answers the status query: CREATED, then 404 for an unknown order", async () => {
    const order = newOrder({ amountFen: "5000000" });
    await api(sandbox, "/api/orders", { body: order });
    const response = await api(sandbox, `/api/orders/${order.orderNo}`);
    expect(await response.json()).toEqual({
      orderNo: order.orderNo,
      status: "CREATED",
      amountFen: "5000000",
      currency: "CNY",
      gatewaySerial: null,
      paidAt: null,
    });
    expect((await api(sandbox, "/api/orders/no-such-order")).status).toBe(404);
  });

  it("reads an order past its expiry as EXPIRED and refuses to take payment for it", async () => {
    const order = newOrder({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    await api(sandbox, "/api/orders", { body: order });
    const status = (await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { status: string };
    expect(status.status).toBe("EXPIRED");
    const page = await fetch(`${sandbox.url}/checkout/${order.orderNo}`);
    expect(page.status).toBe(410);
    expect(await page.text()).not.toContain("/pay");
    const pay = await fetch(`${sandbox.url}/checkout/${order.orderNo}/pay`, { method: "POST", redirect: "manual" });
    expect(pay.status).toBe(410);
    expect(((await (await api(sandbox, `/api/orders/${order.orderNo}`)).json()) as { status: string }).status).toBe("EXPIRED");
  });
});

describe("SandboxGateway", () => {
  it("creates a checkout and queries the order with bigint fen and dates", async () => {
    const expiresAt = new Date(Date.now() + 60_000);
    const orderNo = newOrder().orderNo;
    const session = await gateway.createCheckout({
      orderNo,
      purpose: "REPAYMENT",
      amountFen: 900719925474099312n,
      userId: "user-2",
      returnUrl: "http://platform.test/back",
      expiresAt,
    });
    expect(session.checkoutUrl).toContain(`/checkout/${orderNo}`);
    const page = await (await fetch(session.checkoutUrl.replace(/^http:\/\/localhost:\d+/, sandbox.url))).text();
    expect(page).toContain("¥9,007,199,254,740,993.12");

    const paid = await fetch(`${sandbox.url}/checkout/${orderNo}/pay`, { method: "POST", redirect: "manual" });
    expect(paid.status).toBe(303);
    const order = await gateway.queryOrder(orderNo);
    expect(order).toMatchObject({ orderNo, status: "PAID", amountFen: 900719925474099312n, currency: "CNY" });
    expect(order?.gatewaySerial).toMatch(/^SBP\d{8}\d{8}$/);
    expect(order?.paidAt).toBeInstanceOf(Date);
    expect(await gateway.queryOrder("unknown-order")).toBeNull();
  });

  it("throws a plain error (a platform bug) for the same orderNo with another amount", async () => {
    const order = {
      orderNo: newOrder().orderNo,
      purpose: "DEPOSIT" as const,
      userId: "u",
      returnUrl: "http://p.test/",
      expiresAt: new Date(Date.now() + 60_000),
    };
    await gateway.createCheckout({ ...order, amountFen: 100n });
    const error = await gateway.createCheckout({ ...order, amountFen: 200n }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(GatewayUnavailableError);
  });

  it("maps an unreachable gateway and a timeout to GatewayUnavailableError", async () => {
    const closed = new SandboxGateway({ baseUrl: "http://127.0.0.1:9", apiKey: TEST_API_KEY, timeoutMs: 1000 });
    await expect(closed.queryOrder("x")).rejects.toBeInstanceOf(GatewayUnavailableError);
    const { createServer } = await import("node:http");
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", () => resolve()));
    const { port } = silent.address() as { port: number };
    const slow = new SandboxGateway({ baseUrl: `http://127.0.0.1:${port}`, apiKey: TEST_API_KEY, timeoutMs: 100 });
    await expect(slow.queryOrder("x")).rejects.toBeInstanceOf(GatewayUnavailableError);
    silent.closeAllConnections();
    silent.close();
  });
});

describe("following the platform's test clock (test knobs only)", () => {
  it("expires and dates payments by the clock file's time", async () => {
    const dir = freshDataDir();
    const clockFile = path.join(dir, "test-clock.json");
    const moved = "2031-06-15T02:00:00.000Z";
    writeFileSync(clockFile, JSON.stringify({ time: moved, setAt: new Date().toISOString(), frozen: true }));
    const clocked = await startSandboxProcess({ SANDBOX_PAYMENTS_CLOCK_FILE: clockFile });
    try {
      // Valid by the real time, expired by the moved clock.
      const stale = newOrder({ expiresAt: "2031-01-01T00:00:00Z" });
      await api(clocked, "/api/orders", { body: stale });
      expect(((await (await api(clocked, `/api/orders/${stale.orderNo}`)).json()) as { status: string }).status).toBe("EXPIRED");

      const fresh = newOrder({ expiresAt: "2031-06-15T03:00:00Z" });
      await api(clocked, "/api/orders", { body: fresh });
      await fetch(`${clocked.url}/checkout/${fresh.orderNo}/pay`, { method: "POST", redirect: "manual" });
      const paid = (await (await api(clocked, `/api/orders/${fresh.orderNo}`)).json()) as { paidAt: string; gatewaySerial: string };
      expect(paid.paidAt).toBe(moved);
      expect(paid.gatewaySerial).toMatch(/^SBP20310615/);
    } finally {
      await clocked.stop();
    }
  });
});
