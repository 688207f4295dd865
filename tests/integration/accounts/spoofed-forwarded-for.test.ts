import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/server/auth/authenticate";
import { clientIpFrom } from "@/lib/server/auth/client-ip";
import { PAIR_POLICY } from "@/lib/server/auth/login-throttle";
import { installSocketAddressStamp } from "@/lib/server/auth/socket-address";
import { hashPassword } from "@/lib/server/security/passwords";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { uniqueEmail } from "./helpers";

// Over real HTTP, as the server runs with no proxy configured (TRUSTED_PROXY_HOPS unset): the request hook
// of instrumentation.ts stamps the socket address, and the login reads the client address like auth.ts.
let db: TestDatabase;
let server: Server;
let base: string;
beforeAll(async () => {
  db = await createTestDatabase();
  installSocketAddressStamp(0);
  server = createServer(async (req, res) => {
    const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]));
    const body = JSON.parse(await new Response(req as unknown as ReadableStream).text()) as { email: string; password: string };
    const ip = clientIpFrom(headers, 0);
    const result = await authenticate(db.prisma, { ...body, ip });
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ ip, result: result.ok ? "OK" : result.reason, forwardedHost: headers.get("x-forwarded-host") }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

async function login(email: string, password: string, spoofed: Record<string, string>) {
  const response = await fetch(base, { method: "POST", headers: spoofed, body: JSON.stringify({ email, password }) });
  return (await response.json()) as { ip: string; result: string; forwardedHost: string | null };
}

describe("with no trusted proxy, forwarded headers chosen by the client change nothing", () => {
  it("a new X-Forwarded-For on every attempt does not reset the limit: the socket address is the client", async () => {
    const user = await createUser(db.prisma, {
      role: "SUPERVISOR",
      email: uniqueEmail("sup"),
      passwordHash: await hashPassword("right one 123"),
    });
    for (let i = 0; i < PAIR_POLICY.freeAttempts; i++) {
      const answer = await login(user.email, "wrong one 456", {
        "x-forwarded-for": `198.51.100.${i + 1}`,
        "x-lending-socket-address": `203.0.113.${i + 1}`,
      });
      expect(answer).toEqual({ ip: "127.0.0.1", result: "INVALID_CREDENTIALS", forwardedHost: null });
    }
    const spoofed = await login(user.email, "right one 123", { "x-forwarded-for": "192.0.2.77", "x-forwarded-host": "evil.example" });
    expect(spoofed).toEqual({ ip: "127.0.0.1", result: "RATE_LIMITED", forwardedHost: null });
  });
});
