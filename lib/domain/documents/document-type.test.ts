import { describe, expect, it } from "vitest";
import { checkDocument, cleanFileName, MAX_DOCUMENT_BYTES, sniffDocumentType } from "./document-type";

const pdf = new TextEncoder().encode("%PDF-1.7\n...");
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]);

describe("document type", () => {
  it("recognises PDF, PNG and JPEG by content", () => {
    expect(sniffDocumentType(pdf)).toBe("application/pdf");
    expect(sniffDocumentType(png)).toBe("image/png");
    expect(sniffDocumentType(jpeg)).toBe("image/jpeg");
  });
  it("refuses anything else, whatever its name", () => {
    expect(checkDocument(new TextEncoder().encode("<html><script>"))).toEqual({ ok: false, problem: "WRONG_TYPE" });
  });
  it("refuses empty and oversized files", () => {
    expect(checkDocument(new Uint8Array())).toEqual({ ok: false, problem: "EMPTY" });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(pdf);
    expect(checkDocument(big)).toEqual({ ok: false, problem: "TOO_LARGE" });
  });
  it("accepts a file of exactly the limit", () => {
    const limit = new Uint8Array(MAX_DOCUMENT_BYTES);
    limit.set(pdf);
    expect(checkDocument(limit)).toEqual({ ok: true, mime: "application/pdf" });
  });
  it("cleans file names", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('营业执照"<x>.pdf')).toBe("营业执照__x_.pdf");
    expect(cleanFileName("")).toBe("document");
  });
});
