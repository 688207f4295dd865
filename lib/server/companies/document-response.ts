import { contentDisposition } from "@/lib/domain/documents/content-disposition";
import { sniffDocumentType } from "@/lib/domain/documents/document-type";

/**
 * The download route's own policy, replacing the pages' one: the document is a sandboxed, unique origin that may
 * load nothing and run nothing, so even a crafted file opened in the browser cannot script the platform.
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const INLINE_IMAGE_TYPES = new Set(["image/png", "image/jpeg"]);

/**
 * The HTTP response for a stored document. Only a PNG or JPEG, recognised again from the bytes being served (not
 * from the stored type or name), is shown inline; everything else is a download (Content-Disposition: attachment).
 * Never sniffed by the browser (nosniff), never cached, never embedded by another site.
 */
export function documentResponse(document: { bytes: Uint8Array; mimeType: string; fileName: string }): Response {
  const sniffed = sniffDocumentType(document.bytes);
  const inline = sniffed !== null && INLINE_IMAGE_TYPES.has(sniffed) && sniffed === document.mimeType;
  const contentType = sniffed !== null && sniffed === document.mimeType ? sniffed : "application/octet-stream";
  return new Response(Buffer.from(document.bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", document.fileName),
      "Content-Security-Policy": DOCUMENT_CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
    },
  });
}
