import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 8187)", () => {
    expect(contentDisposition("attachment", "营业执照 (2026).pdf")).toBe(
      `attachment; filename="____ (2026).pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%282026%29.pdf`,
    );
  });

  it("cannot be broken out of: quotes, backslashes, semicolons, CR/LF and NUL stay inside the value", () => {
    const header = contentDisposition("inline", 'a";\r\nX-Evil: 1\\\u0000.png');
    expect(["\r", "\n", "\u0000"].filter((c) => header.includes(c))).toEqual([]);
    expect(header).toBe(`inline; filename="a_;__X-Evil: 1__.png"; filename*=UTF-8''a%22%3B%0D%0AX-Evil%3A%201%5C%00.png`);
  });

  it("an empty name still gives a file name", () => {
    expect(contentDisposition("attachment", "")).toBe(`attachment; filename="document"; filename*=UTF-8''document`);
  });
});
