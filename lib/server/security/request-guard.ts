import busboy from "next/dist/compiled/busboy";

/**
 * Matches serverActions.bodySizeLimit ("12mb") in next.config.js, as Next.js parses it: 12 × 1024 × 1024 bytes.
 * The largest real form is one document upload (at most 5 MiB).
 */
export const MAX_FORM_BODY_BYTES = 12 * 1024 * 1024;

/**
 * Refuses (4xx) the malformed POSTs to pages that Next.js would otherwise answer 500: it decodes server action
 * and no-JS form bodies before any of our code runs, and every decoding failure there (body over the limit,
 * broken multipart, a non-JSON action body) ends in a 500. Called by the proxy, which runs first.
 * Returns null when the request may go on; it never changes a well-formed request.
 *
 * Every action of this app takes a FormData, so React sends it as multipart; a plain-text action body (React's
 * encoding of simple arguments) is still let through when it is JSON, in case an action ever takes plain values.
 */
export async function refuseMalformedPost(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const isAction = request.headers.has("next-action");
  // As sent: the multipart boundary is case-sensitive.
  const contentType = request.headers.get("content-type") ?? "";
  const isMultipart = contentType.toLowerCase().startsWith("multipart/form-data");
  if (!isAction && !isMultipart) return null;

  const length = request.headers.get("content-length");
  if (length === null) return refuse(411, "Length Required");
  if (!/^\d{1,15}$/.test(length)) return refuse(400, "Bad Request");
  if (Number(length) > MAX_FORM_BODY_BYTES) return refuse(413, "Payload Too Large");

  if (isMultipart) {
    // Decoded as Next.js will decode it: busboy for actions, the Fetch API's formData() for no-JS form posts.
    const fields = isAction ? await readWithBusboy(request, contentType) : await readForm(request);
    if (!fields) return refuse(400, "Bad Request");
    // A fetch action's arguments are React's reply format, rooted at the field "0" (a JSON value).
    if (isAction && !isJson(fields.get("0") ?? null)) return refuse(400, "Bad Request");
    return null;
  }
  if (contentType.toLowerCase().startsWith("text/plain") && isJson(await request.clone().text())) return null;
  return refuse(415, "Unsupported Media Type");
}

/**
 * The text fields of a multipart body, or null where busboy refuses it (a broken part, or a part header busboy
 * rejects, such as a NUL byte in a file name).
 */
async function readWithBusboy(request: Request, contentType: string): Promise<Map<string, string> | null> {
  const body = Buffer.from(await request.clone().arrayBuffer());
  return new Promise((resolve) => {
    const fields = new Map<string, string>();
    try {
      const parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: { fieldSize: MAX_FORM_BODY_BYTES },
      });
      parser.on("field", (name, value) => fields.set(name, value));
      parser.on("file", (_name, stream) => stream.resume());
      parser.on("error", () => resolve(null));
      parser.on("close", () => resolve(fields));
      parser.end(body);
    } catch {
      resolve(null);
    }
  });
}

async function readForm(request: Request): Promise<FormData | null> {
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}

function isJson(value: FormDataEntryValue | string | null): boolean {
  if (typeof value !== "string") return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
