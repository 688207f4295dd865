import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { framework, signInAs } from "../authz/framework";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { depositOf, post } from "./support";

// The framework edges only (tests/integration/authz/framework.ts); the route, session.ts and the services are real.
vi.mock("server-only", () => ({}));
vi.mock("@/lib/server/auth/auth", async () => (await import("../authz/framework")).authModule());
vi.mock("@/lib/server/db", async () => (await import("../authz/framework")).dbModule());
vi.mock("next/headers", async () => (await import("../authz/framework")).headersModule());
vi.mock("next-intl/server", async () => (await import("../authz/framework")).intlModule());
vi.mock("next-auth", async () => (await import("../authz/framework")).nextAuthModule());

const { GET } = await import("@/app/api/wallet/transactions.csv/route");

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  framework.db = db.prisma;
});
afterAll(async () => {
  framework.db = undefined;
  await db?.close();
});

const person = (u: {
  id: string;
  role: "INVESTOR" | "COMPANY" | "CUSTOMER_SERVICE" | "SUPERVISOR" | "ADMIN";
  email: string;
  displayName: string;
}) => u;
const request = (query = "") => new Request(`http://localhost/api/wallet/transactions.csv${query}`);

describe("GET /api/wallet/transactions.csv", () => {
  it("sends a visitor to log in, coming back to the same download", async () => {
    signInAs(null);
    const response = await GET(request("?kind=DEPOSIT"));
    expect(response.status).toBe(303);
    const target = new URL(response.headers.get("location") as string);
    expect(target.pathname).toBe("/login");
    expect(target.searchParams.get("callbackUrl")).toBe("/api/wallet/transactions.csv?kind=DEPOSIT");
  });

  it.each(["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"] as const)("sends %s to the no-access page", async (role) => {
    signInAs(person(await createUser(db.prisma, { role })));
    const response = await GET(request());
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location") as string).pathname).toBe("/forbidden");
  });

  it.each(["INVESTOR", "COMPANY"] as const)("gives a %s their own rows only, as an attachment never cached", async (role) => {
    const [me, other] = await Promise.all([createUser(db.prisma, { role }), createUser(db.prisma, { role })]);
    await post(db.prisma, depositOf(me.id, 12_34n, `r-me-${me.id}`));
    await post(db.prisma, depositOf(other.id, 98_76n, `r-other-${other.id}`));
    signInAs(person(me));
    const response = await GET(request("?kind=DEPOSIT&from=not-a-date"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="transactions-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    // UTF-8's byte-order mark, so Excel reads the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
    const lines = body.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    // The key-echo translator of the framework: the words are the message keys.
    expect(lines[0]).toBe(
      "wallet.csv.at,wallet.csv.kind,wallet.csv.account,wallet.csv.amountYuan,wallet.csv.amountFen,wallet.csv.balanceYuan,wallet.csv.entry",
    );
    expect(lines[1]).toMatch(/,wallet\.kinds\.DEPOSIT,wallet\.accounts\.AVAILABLE,12\.34,1234,12\.34,/);
    expect(body).not.toContain("98.76");
    const filtered = await GET(request("?kind=WITHDRAWAL"));
    expect((await filtered.text()).trimEnd().split("\r\n")).toHaveLength(1);
  });
});
