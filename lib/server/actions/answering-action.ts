import { headers } from "next/headers";

const FORM_BODY = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)/i;

/**
 * True while the page is rendered as the answer to a server action: with JavaScript (the action request
 * carries a `Next-Action` header and the revalidated page comes back with it) or without (a native form
 * POST). A notice carried in the URL from an earlier step ("?saved=1") belongs to that step, not to the
 * action being answered, so pages leave it out then (issue 8: "草稿已保存" shown after a later action).
 */
export async function isAnsweringAction(): Promise<boolean> {
  const request = await headers();
  return request.has("next-action") || FORM_BODY.test(request.get("content-type") ?? "");
}
