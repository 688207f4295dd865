import { headers } from "next/headers";

const FORM_BODY = /^(?:multipart\/form-data|application\/x-www-form-urlencoded)/i;

/**
 * True while the page is rendered as the answer to a native form POST of a server action (no JavaScript).
 * A notice carried in the URL from an earlier step ("?saved=1") belongs to that step, not to the action
 * being answered, so pages leave it out then (issue 8: "草稿已保存" shown after a later action).
 * With JavaScript (a `Next-Action` header) this is false on purpose: the same request also renders the
 * target of an action's redirect, where the notice is the answer; there the client hides a stale notice
 * (components/ui/flash-notice.tsx).
 */
export async function isAnsweringAction(): Promise<boolean> {
  const request = await headers();
  // Next.js fetches an action's redirect target with the action's headers minus `Next-Action` (its
  // multipart content type included) and hides the `RSC` header from pages; both still accept only the
  // component stream, which a browser's native form post never asks for.
  const fromBrowserWithScript = request.has("next-action") || (request.get("accept") ?? "").includes("text/x-component");
  return !fromBrowserWithScript && FORM_BODY.test(request.get("content-type") ?? "");
}
