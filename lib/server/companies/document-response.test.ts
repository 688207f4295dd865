import { describe, expect, it } from "vitest";
import { DOCUMENT_CONTENT_SECURITY_POLICY, documentResponse } from "./document-response";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
const HTML = new TextEncoder().encode("<html><script>alert(1)</script></html>");

describe("documentResponse", () => {
  it("shows a PNG and a JPEG inline, as the image type recognised from the bytes", () => {
    for (const [bytes, mimeType] of [
      [PNG, "image/png"],
      [JPEG, "image/jpeg"],
    ] as const) {
      const headers = documentResponse({ bytes, mimeType, fileName: "证件.png" }).headers;
      expect(headers.get("content-type")).toBe(mimeType);
      expect(headers.get("content-disposition")).toMatch(/^inline; filename="__\.png"; filename\*=UTF-8''/);
    }
  });

  it("sends a PDF as an attachment", () => {
    const headers = documentResponse({ bytes: PDF, mimeType: "application/pdf", fileName: "licence.pdf" }).headers;
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(headers.get("content-disposition")).toBe(`attachment; filename="licence.pdf"; filename*=UTF-8''licence.pdf`);
  });

  it("bytes that are not what was stored (a stored 'image' that is HTML) are a download of opaque bytes", () => {
    const headers = documentResponse({ bytes: HTML, mimeType: "image/png", fileName: "x.png" }).headers;
    expect(headers.get("content-type")).toBe("application/octet-stream");
    expect(headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("every response carries the sandboxing policy, nosniff and no-store", () => {
    for (const bytes of [PNG, PDF, HTML]) {
      const headers = documentResponse({ bytes, mimeType: "image/png", fileName: "a.png" }).headers;
      expect(headers.get("content-security-policy")).toBe(DOCUMENT_CONTENT_SECURITY_POLICY);
      expect(DOCUMENT_CONTENT_SECURITY_POLICY).toMatch(/^sandbox; default-src 'none'/);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("cache-control")).toBe("private, no-store");
    }
  });
});
