// Uploaded documents are recognised by their first bytes, never by the name or the browser's claimed type.
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type DocumentMimeType = "application/pdf" | "image/png" | "image/jpeg";

const SIGNATURES: { mime: DocumentMimeType; bytes: number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function sniffDocumentType(bytes: Uint8Array): DocumentMimeType | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.mime ?? null;
}

export type DocumentProblem = "EMPTY" | "TOO_LARGE" | "WRONG_TYPE";

export function checkDocument(bytes: Uint8Array): { ok: true; mime: DocumentMimeType } | { ok: false; problem: DocumentProblem } {
  if (bytes.length === 0) return { ok: false, problem: "EMPTY" };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, problem: "TOO_LARGE" };
  const mime = sniffDocumentType(bytes);
  return mime ? { ok: true, mime } : { ok: false, problem: "WRONG_TYPE" };
}

/** A file name safe to show and to send in Content-Disposition. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "document";
  const cleaned = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
    .replace(/[\u0000-\u001f"<>|*?:]/g, "_")
    .slice(0, 120)
    .trim();
  return cleaned || "document";
}
