import busboy from "next/dist/compiled/busboy";

/**
 * Matches serverActions.bodySizeLimit ("12mb") in next.config.ts, as Next.js parses it: 12 × 1024 × 1024 bytes.
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
 * encoding of simple arguments) is still let through when it is plain JSON, in case an action ever takes plain values.
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
    if (isAction && !isPlainReply(fields.get("0") ?? null)) return refuse(400, "Bad Request");
    return null;
  }
  if (!contentType.toLowerCase().startsWith("text/plain")) return refuse(415, "Unsupported Media Type");
  return isPlainReply(await request.clone().text()) ? null : refuse(400, "Bad Request");
}

/**
 * React encodes an action's arguments as JSON in which strings starting with "$" are references. Form actions
 * send only forms ("$K1") and plain values (a user's "$5" arrives escaped as "$$5"); the other references
 * (promises, blobs, maps, streams, iterators, temporary references: "$@", "$B", "$Q", "$h", …) are never sent
 * by this app, and a dangling one makes React's decoder throw, which Next.js answers with a 500.
 */
const PLAIN_REFERENCE = /^\$(?:\$|K[0-9a-f]{1,8}$|undefined$|NaN$|-?Infinity$|-0$|D|n-?[0-9])/;

function isPlainReply(text: unknown): boolean {
  if (typeof text !== "string") return false;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  const pending = [root];
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (value.startsWith("$") && !PLAIN_REFERENCE.test(value)) return false;
    } else if (value !== null && typeof value === "object") {
      pending.push(...Object.values(value));
    }
  }
  return true;
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

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
