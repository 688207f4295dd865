import { afterEach, describe, expect, it, vi } from "vitest";
import { appUrl, isProductionDeployment } from "./app-url";
import { logLinkOutsideProduction } from "./dev-log";

const PRODUCTION = { NODE_ENV: "production", DATABASE_URL: "postgres://u:p@db:5432/lending" };

describe("appUrl", () => {
  it("builds links on APP_URL, keeping a path prefix", () => {
    expect(appUrl("/activate/abc", { APP_URL: "https://lend.example.com" })).toBe("https://lend.example.com/activate/abc");
    expect(appUrl("/activate/abc", { APP_URL: "https://example.com/lend/" })).toBe("https://example.com/lend/activate/abc");
    expect(appUrl("/activate/abc", { ...PRODUCTION, APP_URL: "https://example.com/lend" })).toBe("https://example.com/lend/activate/abc");
  });

  it("defaults to localhost (PORT or 3000) outside a production deployment", () => {
    expect(appUrl("/activate/x", {})).toBe("http://localhost:3000/activate/x");
    expect(appUrl("/activate/x", { PORT: "4000", NODE_ENV: "production" })).toBe("http://localhost:4000/activate/x");
  });

  it("refuses to guess in production, and refuses malformed or non-web APP_URLs", () => {
    expect(() => appUrl("/activate/x", PRODUCTION)).toThrow(/APP_URL must be set/);
    expect(() => appUrl("/x", { APP_URL: "not a url" })).toThrow(/not a valid URL/);
    expect(() => appUrl("/x", { APP_URL: "javascript:alert(1)" })).toThrow(/https:\/\/ or http:\/\//);
  });

  it("a production deployment is a production build on PostgreSQL; the PGlite demo is not", () => {
    expect(isProductionDeployment(PRODUCTION)).toBe(true);
    expect(isProductionDeployment({ NODE_ENV: "production" })).toBe(false);
    expect(isProductionDeployment({ NODE_ENV: "production", DATABASE_URL: "pglite:.data/db" })).toBe(false);
    expect(isProductionDeployment({ NODE_ENV: "development", DATABASE_URL: PRODUCTION.DATABASE_URL })).toBe(false);
  });
});

describe("logLinkOutsideProduction", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints the link for the demo and development, never in a production deployment", () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    logLinkOutsideProduction("activation link for a@b.cn", "http://localhost:3000/activate/T", { NODE_ENV: "production" });
    expect(info).toHaveBeenCalledWith("[outbox] activation link for a@b.cn: http://localhost:3000/activate/T");
    info.mockClear();
    logLinkOutsideProduction("activation link for a@b.cn", "https://x/activate/T", PRODUCTION);
    expect(info).not.toHaveBeenCalled();
  });
});
