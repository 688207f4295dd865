import { describe, expect, it } from "vitest";
import { outboxViewerEnabled } from "./list-outbox";

const PRODUCTION = { NODE_ENV: "production", DATABASE_URL: "postgres://u:p@db:5432/lending" };

describe("outboxViewerEnabled", () => {
  it("is on in development and the demo while no SMTP server is configured", () => {
    expect(outboxViewerEnabled({})).toBe(true);
    expect(outboxViewerEnabled({ NODE_ENV: "production", DATABASE_URL: "pglite:.data/db" })).toBe(true);
    expect(outboxViewerEnabled({ ...PRODUCTION, DEPLOYMENT_ENV: "test" })).toBe(true);
  });

  it("is off as soon as SMTP is configured, and on a real production deployment", () => {
    expect(outboxViewerEnabled({ SMTP_URL: "smtp://mail.example.com:587" })).toBe(false);
    expect(outboxViewerEnabled({ ...PRODUCTION, DEPLOYMENT_ENV: "test", SMTP_URL: "smtp://mail" })).toBe(false);
    expect(outboxViewerEnabled(PRODUCTION)).toBe(false);
    expect(outboxViewerEnabled({ ...PRODUCTION, DEPLOYMENT_ENV: "production" })).toBe(false);
  });
});
