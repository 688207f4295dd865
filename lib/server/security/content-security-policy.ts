/**
 * The pages' Content-Security-Policy, built per request by the proxy (proxy.ts) around a fresh nonce.
 * Next.js reads the nonce from the request's Content-Security-Policy header and puts it on every script it
 * renders; 'strict-dynamic' lets those scripts load the rest of the app's chunks. No 'unsafe-inline' and no
 * 'unsafe-eval' for scripts in production (development needs eval for React's debugging and fast refresh).
 * Styles keep 'unsafe-inline': Next.js and React set inline style attributes, which a nonce cannot cover.
 * Source: https://nextjs.org/docs/app/guides/content-security-policy ("Adding a nonce with Proxy").
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every request (CSP3 §6.7.2 asks for at least 128). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of visitors' cached pages (lib/shared/public-pages.ts): the same HTML is served to everyone for up
 * to PUBLIC_PAGE_MAX_AGE_SECONDS, so it cannot carry a per-request nonce, and Next.js's inline bootstrap and
 * data scripts differ per page and build, so no list of hashes can name them. Inline scripts are allowed here
 * and only here (Next.js, "Without Nonces"); everything else keeps the nonce policy above. What these pages
 * show is published data rendered as escaped text, with no markup from users; the other directives (no
 * plugins, no foreign origins, no framing, forms and connections to this origin only) are unchanged.
 */
export function cachedPagePolicy(options: { development: boolean }): string {
  return contentSecurityPolicy("", options).replace(
    /script-src [^;]+/,
    `script-src 'self' 'unsafe-inline'${options.development ? " 'unsafe-eval'" : ""}`,
  );
}
