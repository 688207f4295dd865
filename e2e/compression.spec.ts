import { expect, test } from "@playwright/test";

// Issue 9 ("ship less"): `next start` compresses what it sends (Next.js's `compress`, on by default; next.config.ts
// must not turn it off). Visitors' pages, their RSC payload (client-side navigation) and static assets all come
// back gzip- or brotli-encoded when the browser says it accepts them, and plain when it does not.

const COMPRESSED = /^(gzip|br)$/;
const ACCEPT = { "accept-encoding": "gzip, deflate, br" };

for (const path of ["/", "/loans", "/calculator"]) {
  test(`the visitor's page ${path} is compressed`, async ({ request }) => {
    const response = await request.get(path, { headers: ACCEPT });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"]).toMatch(COMPRESSED);
    // What comes back is the page itself, decoded.
    expect(await response.text()).toContain("</html>");
  });
}

test("a page is sent plain to a client that accepts no encoding", async ({ request }) => {
  const response = await request.get("/loans", { headers: { "accept-encoding": "identity" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-encoding"]).toBeUndefined();
});

test("the RSC payload of a client-side navigation is compressed", async ({ request }) => {
  const response = await request.get("/loans", { headers: { ...ACCEPT, rsc: "1" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/x-component");
  expect(response.headers()["content-encoding"]).toMatch(COMPRESSED);
});

test("static assets are compressed", async ({ request }) => {
  const html = await (await request.get("/loans", { headers: ACCEPT })).text();
  const assets = [...html.matchAll(/\/_next\/static\/[^"'\s]+\.(?:js|css)/g)].map((match) => match[0]);
  expect(assets.length).toBeGreaterThan(0);
  const script = assets.find((asset) => asset.endsWith(".js"));
  const style = assets.find((asset) => asset.endsWith(".css"));
  for (const asset of [script, style]) {
    expect(asset).toBeDefined();
    const response = await request.get(asset ?? "", { headers: ACCEPT });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-encoding"], asset).toMatch(COMPRESSED);
  }
});
