import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
// Relative imports: the config is loaded before the app's "@/" paths are set up.
import { cachedPagePolicy } from "./lib/server/security/content-security-policy";
import { PLAIN_PUBLIC_PAGES, plainPublicPageRewrites } from "./lib/shared/public-pages";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
const isProduction = process.env.NODE_ENV === "production";

// The pages' Content-Security-Policy is set per request by proxy.ts, around a fresh nonce
// (lib/server/security/content-security-policy.ts), except on the plain GETs of visitors' pages, which skip the
// proxy (issue 9) and get the cached pages' policy here. API routes answer data, redirects and the document
// download (which sets its own sandboxing policy): anything else they might render may load nothing.
const apiContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // PGlite and its adapter load WebAssembly and data files by path at run time: never bundle them.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // No ETag: Next.js hashes every page's whole HTML in JavaScript on each response to make one (12 % of the
  // server's CPU on a cached /loans, bench/RESULTS.md), while a cached page costs ~13 KB to send again.
  generateEtags: false,
  experimental: {
    serverActions: { bodySizeLimit: "12mb" },
    // Visitors' pages are cached per locale and query (issue 9). In memory only (cacheMaxMemorySize, LRU): a
    // stream of made-up queries can evict entries but never fill the disk.
    isrFlushToDisk: false,
  },
  async headers() {
    const cachedPage = [
      { key: "Content-Security-Policy", value: cachedPagePolicy({ development: process.env.NODE_ENV === "development" }) },
    ];
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/((?!documents/).*)", headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }] },
      ...PLAIN_PUBLIC_PAGES.map(({ source }) => ({ source, headers: cachedPage })),
    ];
  },
  // Visitors' pages without the proxy (lib/shared/public-pages.ts). beforeFiles: every page lives under the
  // hidden [locale] segment, and "/loans" would otherwise be read as a locale.
  async rewrites() {
    return { beforeFiles: plainPublicPageRewrites(), afterFiles: [], fallback: [] };
  },
};

export default withNextIntl(nextConfig);
