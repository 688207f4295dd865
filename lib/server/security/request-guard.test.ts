import { describe, expect, it } from "vitest";
import { MAX_FORM_BODY_BYTES, refuseMalformedPost } from "./request-guard";

const URL_ = "http://app.test/login";
const ACTION = { "Next-Action": "404d93046434801a4df50c6b7b24126b8e927519cb" };

/** A request as a browser would send it, with its Content-Length (the Request API does not set one). */
function post(body: BodyInit, headers: Record<string, string> = {}) {
  const probe = new Request(URL_, { method: "POST", body });
  return probe.arrayBuffer().then(
    (bytes) =>
      new Request(URL_, {
        method: "POST",
        body: bytes,
        headers: { "Content-Type": probe.headers.get("content-type") ?? "", "Content-Length": String(bytes.byteLength), ...headers },
      }),
  );
}

function actionForm() {
  const form = new FormData();
  form.set("0", '["$K1"]');
  form.set("1_email", "a@b.c");
  return form;
}

const statusOf = async (request: Request) => (await refuseMalformedPost(request))?.status ?? "passes";

describe("refuseMalformedPost", () => {
  it("lets well-formed requests through: GETs, plain page POSTs, no-JS forms, multipart and JSON action bodies", async () => {
    expect(await statusOf(new Request(URL_))).toBe("passes");
    expect(
      await statusOf(new Request(URL_, { method: "POST", body: "a=b", headers: { "Content-Type": "application/x-www-form-urlencoded" } })),
    ).toBe("passes");
    const noJs = new FormData();
    noJs.set("$ACTION_ID_abc", "");
    noJs.set("file", new File([new Uint8Array([0x25, 0x50])], "a\u0000.pdf"));
    expect(await statusOf(await post(noJs))).toBe("passes");
    expect(await statusOf(await post(actionForm(), ACTION))).toBe("passes");
    expect(await statusOf(await post("[]", { ...ACTION, "Content-Type": "text/plain;charset=UTF-8" }))).toBe("passes");
  });

  it("a body over the limit is 413 before it is read; a multipart or action body without a length is 411", async () => {
    const big = new Request(URL_, {
      method: "POST",
      body: "x",
      headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(MAX_FORM_BODY_BYTES + 1) },
    });
    expect(await statusOf(big)).toBe(413);
    const chunked = new Request(URL_, {
      method: "POST",
      body: "x",
      headers: { ...ACTION, "Content-Type": "multipart/form-data; boundary=x" },
    });
    expect(await statusOf(chunked)).toBe(411);
    expect(await statusOf(await post("x", { ...ACTION, "Content-Length": "-1" }))).toBe(400);
  });

  it("a broken multipart body, with or without an action id, is 400", async () => {
    for (const headers of [{}, ACTION]) {
      expect(await statusOf(await post("garbage", { ...headers, "Content-Type": "multipart/form-data; boundary=xyz" }))).toBe(400);
      expect(await statusOf(await post("garbage", { ...headers, "Content-Type": "multipart/form-data" }))).toBe(400);
    }
  });

  it("an action body that is not React's reply format (multipart or text) is 400; a JSON or other non-form action body is 415", async () => {
    const noRoot = new FormData();
    noRoot.set("email", "a@b.c");
    expect(await statusOf(await post(noRoot, ACTION))).toBe(400);
    const badRoot = new FormData();
    badRoot.set("0", "{not json");
    expect(await statusOf(await post(badRoot, ACTION))).toBe(400);
    expect(await statusOf(await post("garbage", { ...ACTION, "Content-Type": "text/plain;charset=UTF-8" }))).toBe(400);
    expect(await statusOf(await post('{"email":"x"}', { ...ACTION, "Content-Type": "application/json" }))).toBe(415);
    expect(await statusOf(await post("email=x", { ...ACTION, "Content-Type": "application/x-www-form-urlencoded" }))).toBe(415);
  });
});

describe("refuseMalformedPost, the part headers Next.js's busboy refuses", () => {
  it("an action upload whose file name holds a NUL byte is 400 (busboy: malformed part header), not a 500 later", async () => {
    const boundary = "b0undary";
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="1_file"; filename="a\u0000.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n`,
      `--${boundary}--\r\n`,
    ].join("");
    const request = await post(body, { ...ACTION, "Content-Type": `multipart/form-data; boundary=${boundary}` });
    expect(await statusOf(request)).toBe(400);
    const clean = await post(body.replace("a\u0000.pdf", "a.pdf"), {
      ...ACTION,
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
    });
    expect(await statusOf(clean)).toBe("passes");
  });
});

describe("refuseMalformedPost, a browser's upload", () => {
  it("reads the boundary as sent: browsers' boundaries are mixed case (----WebKitFormBoundary…)", async () => {
    const boundary = "----WebKitFormBoundarylIlsS0PsCSMks5vT";
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="1_file"; filename="营业执照.png"\r\nContent-Type: image/png\r\n\r\nPNG\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n`,
      `--${boundary}--\r\n`,
    ].join("");
    const request = await post(body, { ...ACTION, "Content-Type": `multipart/form-data; boundary=${boundary}` });
    expect(await statusOf(request)).toBe("passes");
  });
});

describe("refuseMalformedPost, React's reply format", () => {
  const reply = (root: string) => {
    const form = new FormData();
    form.set("0", root);
    form.set("1_email", "a@b.c");
    return post(form, ACTION);
  };

  it("passes what this app's forms send: the previous state (plain values, escaped '$' strings, undefined) and the form", async () => {
    expect(await statusOf(await reply('[null,"$K1"]'))).toBe("passes");
    expect(await statusOf(await reply('[{"ok":false,"error":"x","values":{"amount":"$$5"},"message":"$undefined"},"$K1"]'))).toBe("passes");
    expect(await statusOf(await reply('["$D2026-11-30T00:00:00.000Z","$n42","$-0","$NaN","$-Infinity","$K1a"]'))).toBe("passes");
    expect(await statusOf(await post('[null,"$undefined"]', { ...ACTION, "Content-Type": "text/plain;charset=UTF-8" }))).toBe("passes");
  });

  it("refuses with 400 the references React's decoder would fail on (promises, blobs, maps, iterators, …)", async () => {
    for (const root of ['"$@5"', '["$Q7"]', '{"a":"$B1"}', '[1,"$h"]', '[{"deep":["$T3"]}]', '"$F1"']) {
      expect(await statusOf(await reply(root)), root).toBe(400);
      expect(await statusOf(await post(root, { ...ACTION, "Content-Type": "text/plain;charset=UTF-8" })), root).toBe(400);
    }
  });
});
