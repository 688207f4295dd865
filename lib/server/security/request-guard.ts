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
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const isMultipart = contentType.startsWith("multipart/form-data");
  if (!isAction && !isMultipart) return null;

  const length = request.headers.get("content-length");
  if (length === null) return refuse(411, "Length Required");
  if (!/^\d{1,15}$/.test(length)) return refuse(400, "Bad Request");
  if (Number(length) > MAX_FORM_BODY_BYTES) return refuse(413, "Payload Too Large");

  if (isMultipart) {
    const form = await readForm(request);
    if (!form) return refuse(400, "Bad Request");
    // A fetch action's arguments are React's reply format, rooted at the field "0" (a JSON value).
    if (isAction && !isJson(form.get("0"))) return refuse(400, "Bad Request");
    return null;
  }
  if (contentType.startsWith("text/plain") && isJson(await request.clone().text())) return null;
  return refuse(415, "Unsupported Media Type");
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
