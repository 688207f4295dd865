import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("client address for login limiting", () => {
  it("takes the entry written by the one trusted proxy (the last one)", () => {
    expect(clientIpFrom(headers("6.6.6.6, 10.0.0.7"), 1)).toBe("10.0.0.7");
  });
  it("with two proxies, skips the inner one", () => {
    expect(clientIpFrom(headers("6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
  });
  it("is unknown with no trusted proxy, whatever the client claims", () => {
    expect(clientIpFrom(headers("1.2.3.4"), 0)).toBeNull();
  });
  it("is unknown when the chain is shorter than the trusted hops or missing", () => {
    expect(clientIpFrom(headers("1.2.3.4"), 2)).toBeNull();
    expect(clientIpFrom(headers(), 1)).toBeNull();
  });
});
