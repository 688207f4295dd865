import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, newOrder, type SandboxProcess, startSandboxProcess, TEST_CONSOLE_PASSWORD } from "./support/sandbox-process";

// Transfers out (划账) through the JSON API and the customer-service console, and the statement of every
// movement in and out, as CSV and JSON.

let sandbox: SandboxProcess;
let reference = 0;

function transfer(overrides: Record<string, string> = {}) {
  reference += 1;
  return {
    reference: `outflow-${Date.now().toString(36)}-${reference}`,
    payeeName: "张三",
    cardNumber: "6222 0212 3456 7890 128",
    amountFen: "500000",
    ...overrides,
  };
}

async function pay(amountFen: string) {
  const order = newOrder({ amountFen });
  await api(sandbox, "/api/orders", { body: order });
  await fetch(`${sandbox.url}/checkout/${order.orderNo}/pay`, { method: "POST", redirect: "manual" });
  return order;
}

async function consoleLogin(): Promise<string> {
  const response = await fetch(`${sandbox.url}/console/login`, {
    method: "POST",
    body: new URLSearchParams({ password: TEST_CONSOLE_PASSWORD }),
    redirect: "manual",
  });
  expect(response.status).toBe(303);
  const cookie = response.headers.get("set-cookie") ?? "";
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(";")[0];
}

beforeAll(async () => {
  sandbox = await startSandboxProcess();
});

afterAll(async () => {
  await sandbox?.stop();
});

describe("transfers API", () => {
  it("records a transfer with an SBT serial, idempotent on the reference", async () => {
    const input = transfer();
    const first = await api(sandbox, "/api/transfers", { body: input });
    expect(first.status).toBe(200);
    const { serial } = (await first.json()) as { serial: string };
    expect(serial).toMatch(/^SBT\d{8}\d{8}$/);
    const again = (await (await api(sandbox, "/api/transfers", { body: input })).json()) as { serial: string };
    expect(again.serial).toBe(serial);
    const other = (await (await api(sandbox, "/api/transfers", { body: transfer() })).json()) as { serial: string };
    expect(other.serial).not.toBe(serial);
  });

  it("refuses the same reference with another amount (409) and malformed transfers (400)", async () => {
    const input = transfer();
    await api(sandbox, "/api/transfers", { body: input });
    expect((await api(sandbox, "/api/transfers", { body: { ...input, amountFen: "500001" } })).status).toBe(409);
    const malformed: Record<string, string>[] = [
      { cardNumber: "1234" },
      { cardNumber: "6222abc123456789" },
      { amountFen: "-1" },
      { payeeName: " " },
      { reference: "" },
    ];
    for (const bad of malformed) {
      expect((await api(sandbox, "/api/transfers", { body: transfer(bad) })).status).toBe(400);
    }
  });
});

describe("statement", () => {
  it("lists payments in and transfers out with serials, +08:00 times, fen and yuan, and totals (JSON)", async () => {
    const order = await pay("12345");
    const out = transfer({ amountFen: "2000" });
    const { serial } = (await (await api(sandbox, "/api/transfers", { body: out })).json()) as { serial: string };
    const statement = (await (await api(sandbox, "/api/statement?format=json")).json()) as {
      movements: {
        serial: string;
        time: string;
        direction: string;
        amountFen: string;
        amountYuan: string;
        orderNo: string | null;
        reference: string | null;
      }[];
      totals: { inFen: string; outFen: string; netFen: string };
    };
    const payment = statement.movements.find((m) => m.orderNo === order.orderNo);
    expect(payment).toMatchObject({ direction: "IN", amountFen: "12345", amountYuan: "123.45", reference: null });
    expect(payment?.serial).toMatch(/^SBP/);
    expect(payment?.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    expect(statement.movements.find((m) => m.serial === serial)).toMatchObject({
      direction: "OUT",
      amountYuan: "20.00",
      reference: out.reference,
    });
    const sum = (direction: string) =>
      statement.movements.filter((m) => m.direction === direction).reduce((total, m) => total + BigInt(m.amountFen), 0n);
    expect(statement.totals.inFen).toBe(sum("IN").toString());
    expect(statement.totals.outFen).toBe(sum("OUT").toString());
    expect(BigInt(statement.totals.netFen)).toBe(sum("IN") - sum("OUT"));
    // Unpaid orders are not movements.
    const unpaid = newOrder();
    await api(sandbox, "/api/orders", { body: unpaid });
    const again = (await (await api(sandbox, "/api/statement")).json()) as { movements: { orderNo: string | null }[] };
    expect(again.movements.some((m) => m.orderNo === unpaid.orderNo)).toBe(false);
  });

  it("filters by from / to (days in China, or instants)", async () => {
    await pay("100");
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);
    const count = async (query: string) =>
      ((await (await api(sandbox, `/api/statement?format=json&${query}`)).json()) as { movements: unknown[] }).movements.length;
    expect(await count(`from=${today}&to=${today}`)).toBeGreaterThan(0);
    expect(await count(`from=${tomorrow}`)).toBe(0);
    expect(await count(`to=${new Date(Date.now() - 3600_000).toISOString()}`)).toBe(0);
    expect((await api(sandbox, "/api/statement?from=yesterday")).status).toBe(400);
    expect((await api(sandbox, "/api/statement?from=2026-02-30")).status).toBe(400);
    expect((await api(sandbox, "/api/statement?format=xml")).status).toBe(400);
  });

  it("exports CSV with a header, guarding cells a spreadsheet would run as formulas", async () => {
    const hostile = transfer({ payeeName: '=HYPERLINK("http://evil.test","x")', amountFen: "300" });
    await api(sandbox, "/api/transfers", { body: hostile });
    const plus = transfer({ payeeName: "+SUM(A1)", amountFen: "301" });
    await api(sandbox, "/api/transfers", { body: plus });
    const response = await api(sandbox, "/api/statement?format=csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("serial,time,direction,amountFen,amountYuan,orderNo,reference,counterparty,cardNumber,balanceFen");
    const row = lines.find((line) => line.includes(hostile.reference));
    expect(row).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(lines.find((line) => line.includes(plus.reference))).toContain(",'+SUM(A1),");
    expect(lines.find((line) => line.includes(plus.reference))).toContain(",301,3.01,");
  });
});

interface StatementJson {
  movements: {
    serial: string;
    time: string;
    orderNo: string | null;
    direction: string;
    amountFen: string;
    amountYuan: string;
    balanceFen: string;
  }[];
  totals: { inFen: string; outFen: string; netFen: string };
  openingBalanceFen: string;
  closingBalanceFen: string;
}

const statementJson = async (query = "") => (await (await api(sandbox, `/api/statement?format=json${query}`)).json()) as StatementJson;

async function paidSerial(amountFen: string): Promise<string> {
  const order = await pay(amountFen);
  const statement = await statementJson();
  const line = statement.movements.find((m) => m.orderNo === order.orderNo);
  if (!line) throw new Error("paid order not on the statement");
  return line.serial;
}

describe("statement balances", () => {
  it("gives every line the running balance after it, all time, and the period's opening and closing balances", async () => {
    await pay("700");
    const out = transfer({ amountFen: "200" });
    await api(sandbox, "/api/transfers", { body: out });
    const all = await statementJson();
    let balance = 0n;
    for (const line of all.movements) {
      balance += line.direction === "IN" ? BigInt(line.amountFen) : -BigInt(line.amountFen);
      expect(line.balanceFen).toBe(balance.toString());
    }
    expect(all.openingBalanceFen).toBe("0");
    expect(all.closingBalanceFen).toBe(balance.toString());

    // A period starting after the first movements opens with the balance before it and carries it on.
    const later = all.movements.at(-2);
    if (!later) throw new Error("need two movements");
    const since = await statementJson(`&from=${encodeURIComponent(later.time)}`);
    expect(since.movements.length).toBeLessThan(all.movements.length);
    expect(BigInt(since.openingBalanceFen) + BigInt(since.totals.netFen)).toBe(BigInt(since.closingBalanceFen));
    expect(since.closingBalanceFen).toBe(all.closingBalanceFen);
    expect(since.movements.at(-1)?.balanceFen).toBe(all.closingBalanceFen);
    // An empty period: opening = closing.
    const future = await statementJson(`&from=2999-01-01`);
    expect(future.movements).toEqual([]);
    expect(future.openingBalanceFen).toBe(all.closingBalanceFen);
    expect(future.closingBalanceFen).toBe(all.closingBalanceFen);

    const csv = (await (await api(sandbox, "/api/statement?format=csv")).text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    // A negative balance (this sandbox transfers out more than came in) is guarded like any cell starting with "-".
    expect(
      csv
        .at(-1)
        ?.split(",")
        .at(-1)
        ?.replace(/^'(?=-)/, ""),
    ).toBe(all.closingBalanceFen);
  });
});

describe("statement test knobs", () => {
  it("reports another amount for one serial, and a reset (of that serial) restores it", async () => {
    const serial = await paidSerial("1000");
    expect((await api(sandbox, "/api/test/statement/alter-amount", { body: { serial, amountFen: "1234" } })).status).toBe(200);
    const altered = await statementJson();
    const line = altered.movements.find((m) => m.serial === serial);
    expect(line).toMatchObject({ amountFen: "1234", amountYuan: "12.34" });
    expect(BigInt(altered.openingBalanceFen) + BigInt(altered.totals.netFen)).toBe(BigInt(altered.closingBalanceFen));
    // The order itself is unchanged: only the statement misreports.
    expect((await api(sandbox, "/api/test/statement/reset", { body: { serial } })).status).toBe(200);
    expect((await statementJson()).movements.find((m) => m.serial === serial)?.amountFen).toBe("1000");
  });

  it("shows one serial's line twice, in CSV and JSON, until reset", async () => {
    const serial = await paidSerial("1001");
    expect((await api(sandbox, "/api/test/statement/duplicate", { body: { serial } })).status).toBe(200);
    const doubled = await statementJson();
    expect(doubled.movements.filter((m) => m.serial === serial)).toHaveLength(2);
    expect(BigInt(doubled.openingBalanceFen) + BigInt(doubled.totals.netFen)).toBe(BigInt(doubled.closingBalanceFen));
    const csv = await (await api(sandbox, "/api/statement?format=csv")).text();
    expect(csv.split("\r\n").filter((row) => row.startsWith(`${serial},`))).toHaveLength(2);
    await api(sandbox, "/api/test/statement/reset", { body: {} });
    expect((await statementJson()).movements.filter((m) => m.serial === serial)).toHaveLength(1);
  });

  it("refuses unknown serials (404), malformed bodies (400) and a missing key (401)", async () => {
    expect((await api(sandbox, "/api/test/statement/duplicate", { body: { serial: "SBP2026010199999999" } })).status).toBe(404);
    expect(
      (await api(sandbox, "/api/test/statement/alter-amount", { body: { serial: "SBP2026010199999999", amountFen: "1" } })).status,
    ).toBe(404);
    const serial = await paidSerial("1002");
    expect((await api(sandbox, "/api/test/statement/alter-amount", { body: { serial, amountFen: "-5" } })).status).toBe(400);
    expect((await api(sandbox, "/api/test/statement/duplicate", { body: { serial: "x" } })).status).toBe(400);
    const noKey = await fetch(`${sandbox.url}/api/test/statement/duplicate`, { method: "POST", body: JSON.stringify({ serial }) });
    expect(noKey.status).toBe(401);
  });
});

describe("console", () => {
  it("refuses a wrong password and pages without the session cookie", async () => {
    const wrong = await fetch(`${sandbox.url}/console/login`, {
      method: "POST",
      body: new URLSearchParams({ password: "nope" }),
      redirect: "manual",
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(await (await fetch(`${sandbox.url}/console`)).text()).toContain('name="password"');
    const forged = await fetch(`${sandbox.url}/console/transfers`, {
      method: "POST",
      headers: { cookie: "sbp_console=forged" },
      body: new URLSearchParams({ reference: "r-forged", payeeName: "x", cardNumber: "6222021234567890128", amount: "1", confirmed: "1" }),
      redirect: "manual",
    });
    expect(forged.status).toBe(401);
    expect((await fetch(`${sandbox.url}/console/statement?format=csv`)).status).toBe(401);
  });

  it("executes a transfer from the form (full-width digits and yuan) after a confirmation, and shows its serial", async () => {
    const cookie = await consoleLogin();
    const ref = `outflow-console-${Date.now().toString(36)}`;
    const fields = { reference: ref, payeeName: "李四", cardNumber: "６２２２ ０２１２ ３４５６ ７８９０ １２８", amount: "1,234.5" };
    const submit = (extra: Record<string, string>) =>
      fetch(`${sandbox.url}/console/transfers`, {
        method: "POST",
        headers: { cookie },
        body: new URLSearchParams({ ...fields, ...extra }),
        redirect: "manual",
      });
    const statementSize = async () => ((await (await api(sandbox, "/api/statement")).json()) as { movements: unknown[] }).movements.length;
    const before = await statementSize();

    // The first submit only asks to confirm; Back shows the form again as typed. Nothing moves.
    const confirmation = await submit({});
    expect(confirmation.status).toBe(200);
    const confirmText = await confirmation.text();
    expect(confirmText).toContain("¥1,234.50");
    expect(confirmText).toContain("6222 0212 3456 7890 128");
    expect(confirmText).toContain('name="confirmed" value="1"');
    const edit = await (await submit({ edit: "1" })).text();
    expect(edit).toContain('value="1,234.5"');
    expect(await statementSize()).toBe(before);

    const response = await submit({ confirmed: "1" });
    expect(response.status).toBe(303);
    const page = await (await fetch(new URL(response.headers.get("location") ?? "", sandbox.url), { headers: { cookie } })).text();
    const serial = /data-testid="transfer-serial">(SBT\d+)</.exec(page)?.[1];
    expect(serial).toBeDefined();
    const statement = (await (await api(sandbox, "/api/statement")).json()) as {
      movements: { serial: string; amountFen: string; cardNumber: string }[];
    };
    expect(statement.movements.find((m) => m.serial === serial)).toMatchObject({ amountFen: "123450", cardNumber: "6222021234567890128" });
    const csv = await fetch(`${sandbox.url}/console/statement?format=csv`, { headers: { cookie } });
    expect(await csv.text()).toContain(serial);
  });

  it("re-shows the form with an error for a bad amount, and escapes what was typed", async () => {
    const cookie = await consoleLogin();
    const response = await fetch(`${sandbox.url}/console/transfers`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({
        reference: "r-bad",
        payeeName: '<script>alert("x")</script>',
        cardNumber: "6222021234567890128",
        amount: "1.234",
        confirmed: "1",
      }),
    });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Invalid amount");
    expect(page).not.toContain("<script>");
    expect(page).toContain("&#60;script&#62;");
  });
});
