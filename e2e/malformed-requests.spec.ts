import type { APIRequestContext, Page } from "@playwright/test";
import { formWithButton, PDF_BYTES, PNG_BYTES } from "./support/company-helpers";
import { expect, loginThroughApi, test, waitForHydration } from "./support/fixtures";

// Malformed requests get a 4xx, never a 500: Next.js decodes action and form bodies before any of our code
// runs, so the proxy (lib/server/security/request-guard.ts) refuses the broken ones first, and the action
// wrappers refuse arguments that are not a form.

/** The id of a real server action, read from the login page's no-JavaScript form. */
async function realActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/login")).text();
  const id = /\$ACTION_ID_([0-9a-f]+)/.exec(html)?.[1];
  expect(id, "the login page carries a server action id").toBeTruthy();
  return id as string;
}

function expectClientError(status: number, what: string) {
  expect(status, what).toBeGreaterThanOrEqual(400);
  expect(status, what).toBeLessThan(500);
}

test("bad server action payloads answer 4xx, not 500", async ({ request }) => {
  const action = await realActionId(request);
  const cases: { what: string; headers: Record<string, string>; data?: string; multipart?: Record<string, string> }[] = [
    { what: "unknown action id", headers: { "Next-Action": "00deadbeef", "Content-Type": "text/plain;charset=UTF-8" }, data: "[]" },
    { what: "a JSON body to a form action", headers: { "Next-Action": action, "Content-Type": "application/json" }, data: '{"email":"x"}' },
    { what: "a garbage text body", headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8" }, data: "garbage" },
    {
      what: "JSON arguments that are not a form",
      headers: { "Next-Action": action, "Content-Type": "text/plain;charset=UTF-8" },
      data: '{"a":1}',
    },
    {
      what: "a broken multipart body",
      headers: { "Next-Action": action, "Content-Type": "multipart/form-data; boundary=xyz" },
      data: "garbage",
    },
    { what: "multipart without a boundary", headers: { "Next-Action": action, "Content-Type": "multipart/form-data" }, data: "garbage" },
    { what: "multipart fields that are not React's reply format", headers: { "Next-Action": action }, multipart: { email: "a@b.c" } },
    { what: "a reply whose arguments are not a form", headers: { "Next-Action": action }, multipart: { "0": '["x","y"]' } },
    { what: "a reply with a dangling promise reference", headers: { "Next-Action": action }, multipart: { "0": '["$@5"]' } },
    { what: "a reply with a dangling map reference", headers: { "Next-Action": action }, multipart: { "0": '["$Q7"]' } },
    { what: "a reply with a dangling blob reference", headers: { "Next-Action": action }, multipart: { "0": '{"a":"$B1"}' } },
    {
      what: "a broken no-JavaScript form post",
      headers: { "Content-Type": "multipart/form-data; boundary=xyz" },
      data: "--xyz\r\ngarbage",
    },
  ];
  for (const { what, headers, data, multipart } of cases) {
    const response = await request.post("/login", { headers, data, multipart, maxRedirects: 0 });
    expectClientError(response.status(), what);
  }
});

test("a body over the form limit answers 413, with or without an action id", async ({ request }) => {
  const action = await realActionId(request);
  const big = Buffer.alloc(13 * 1024 * 1024, 0x41);
  for (const headers of [{}, { "Next-Action": action }] as Record<string, string>[]) {
    const response = await request.post("/login", {
      headers,
      multipart: { file: { name: "big.pdf", mimeType: "application/pdf", buffer: big } },
    });
    expect(response.status()).toBe(413);
  }
});

const UPLOAD = { kind: "证件类型", file: "文件（PDF、PNG 或 JPEG，不超过 5 MB）", button: "上传", done: "证件已上传。" };

/** Fills and submits the profile page's upload form, as a browser would (with or without JavaScript). */
async function submitUpload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const form = formWithButton(page, UPLOAD.button);
  await form.getByLabel(UPLOAD.kind).selectOption("OTHER");
  await form.getByLabel(UPLOAD.file).setInputFiles(file);
  await form.getByRole("button", { name: UPLOAD.button }).click();
}

test("uploads: a NUL byte in a file name is a 400 or a cleaned name, never a 500; downloads are sandboxed attachments unless images", async ({
  page,
  browser,
  makeUser,
  loginAs,
  database,
}) => {
  const serverErrors: string[] = [];
  const watch = (p: Page) =>
    p.on("response", (response) => {
      if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
    });
  watch(page);
  const user = await makeUser("COMPANY");
  await loginAs(user);
  await page.goto("/company/profile");
  await waitForHydration(formWithButton(page, UPLOAD.button));
  await submitUpload(page, { name: "营业执照.png", mimeType: "image/png", buffer: PNG_BYTES });
  await expect(formWithButton(page, UPLOAD.button).getByRole("status")).toHaveText(UPLOAD.done);

  // With JavaScript the upload is a server action, decoded by busboy, which refuses a NUL in a part header.
  await page.goto("/company/profile");
  await waitForHydration(formWithButton(page, UPLOAD.button));
  const refused = page.waitForResponse((response) => response.request().method() === "POST");
  await submitUpload(page, { name: "a\u0000.pdf", mimeType: "application/pdf", buffer: PDF_BYTES });
  expect((await refused).status()).toBe(400);

  // Without JavaScript it is a plain form post: the name is cleaned and the file stored.
  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  watch(noJs);
  await loginThroughApi(noJs, user.email, user.password);
  await noJs.goto("/company/profile");
  await submitUpload(noJs, { name: "a\u0000.pdf", mimeType: "application/pdf", buffer: PDF_BYTES });
  await expect(noJs.getByText(UPLOAD.done)).toBeVisible();
  expect(serverErrors).toEqual([]);

  const company = await database.prisma.company.findUniqueOrThrow({ where: { userId: user.id } });
  const documents = await database.prisma.companyDocument.findMany({ where: { companyId: company.id }, orderBy: { uploadedAt: "asc" } });
  expect(documents.map((d) => [d.mimeType, d.fileName])).toEqual([
    ["image/png", "营业执照.png"],
    ["application/pdf", "a_.pdf"],
  ]);
  const [png, pdf] = documents;

  const pngHeaders = (await page.request.get(`/api/documents/${png.id}`)).headers();
  expect(pngHeaders["content-type"]).toBe("image/png");
  expect(pngHeaders["content-disposition"]).toBe(`inline; filename="____.png"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.png`);
  expect(pngHeaders["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
  expect(pngHeaders["x-content-type-options"]).toBe("nosniff");

  const pdfResponse = await page.request.get(`/api/documents/${pdf.id}`);
  expect(pdfResponse.status()).toBe(200);
  const pdfHeaders = pdfResponse.headers();
  expect(pdfHeaders["content-type"]).toBe("application/pdf");
  expect(pdfHeaders["content-disposition"]).toBe(`attachment; filename="a_.pdf"; filename*=UTF-8''a_.pdf`);
  expect(pdfHeaders["content-security-policy"]).toMatch(/^sandbox; default-src 'none'/);
  expect(pdfHeaders["x-content-type-options"]).toBe("nosniff");
  await noJs.context().close();
});
