/**
 * A Content-Disposition header value with both filename forms of RFC 6266 §4.3: `filename` with an ASCII
 * fallback for old clients, and `filename*` (RFC 8187: UTF-8, percent-encoded attr-chars) with the real name.
 * Shape: `attachment; filename="licence.pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A.pdf`.
 */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  const name = fileName || "document";
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}

/** Printable ASCII only, and none of the characters that could end or escape the quoted string. */
function asciiFallback(fileName: string): string {
  let out = "";
  for (const char of fileName) {
    const code = char.codePointAt(0) ?? 0;
    out += code >= 0x20 && code < 0x7f && char !== '"' && char !== "\\" && char !== "%" ? char : "_";
  }
  return out;
}

/** RFC 8187 value-chars: encodeURIComponent leaves ' ( ) * ! unescaped, which attr-char does not allow (but for !). */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
