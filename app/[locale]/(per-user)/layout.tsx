/**
 * Pages rendered per request for whoever is asking: sessions, forms, role checks and the nonce policy
 * (proxy.ts). Never cached; only visitors' pages are (issue 9, lib/shared/public-pages.ts).
 */
export const dynamic = "force-dynamic";

export default function PerUserLayout({ children }: { children: React.ReactNode }) {
  return children;
}
