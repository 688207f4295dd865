import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientBucket, clientIpFrom, describeClientAddressMode, SOCKET_ADDRESS_HEADER, trustedProxyHops } from "./client-ip";
import { stampRequest } from "./socket-address";

const headers = (values: Record<string, string> = {}) => new Headers(values);

describe("client address with no trusted proxy (TRUSTED_PROXY_HOPS=0 or unset)", () => {
  it("is the socket address stamped by our request hook, whatever X-Forwarded-For says", () => {
    expect(clientIpFrom(headers({ [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "1.2.3.4" }), 0)).toBe("203.0.113.9");
  });

  it("is unknown (null) without the stamp, never taken from X-Forwarded-For", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "1.2.3.4" }), 0)).toBeNull();
  });

  it("unset and empty mean no proxy; bad values are refused at start-up", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "99"]) expect(() => trustedProxyHops(bad)).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("the start-up log names the mode", () => {
    expect(describeClientAddressMode(0)).toMatch(/^client address: socket \(no trusted proxy/);
    expect(describeClientAddressMode(1)).toBe("client address: X-Forwarded-For, 1 trusted proxy hop");
    expect(describeClientAddressMode(2)).toBe("client address: X-Forwarded-For, 2 trusted proxy hops");
  });
});

describe("client address behind N trusted proxies", () => {
  it("takes the Nth entry from the right of X-Forwarded-For", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }), 1)).toBe("10.0.0.7");
    expect(clientIpFrom(headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2" }), 2)).toBe("203.0.113.5");
  });

  it("is unknown when there are fewer entries than proxies, and ignores the socket stamp", () => {
    expect(clientIpFrom(headers({ "x-forwarded-for": "1.2.3.4" }), 2)).toBeNull();
    expect(clientIpFrom(headers({ [SOCKET_ADDRESS_HEADER]: "10.0.0.1" }), 1)).toBeNull();
  });
});

describe("the request hook", () => {
  const request = (raw: Record<string, string>) => {
    const message = new IncomingMessage(new Socket());
    message.headers = { ...raw };
    return message;
  };

  it("replaces a client-sent stamp with the socket address and, with no proxy, drops forwarded headers", () => {
    const req = request({
      host: "app.example",
      [SOCKET_ADDRESS_HEADER]: "1.1.1.1",
      "x-forwarded-for": "1.1.1.1",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "http",
      "x-forwarded-port": "1",
      forwarded: "for=1.1.1.1;host=evil.example",
    });
    stampRequest(req, "198.51.100.7", 0);
    expect(req.headers).toEqual({ host: "app.example", [SOCKET_ADDRESS_HEADER]: "198.51.100.7" });
  });

  it("keeps forwarded headers when proxies are trusted (they wrote them)", () => {
    const req = request({ "x-forwarded-for": "203.0.113.5", "x-forwarded-host": "app.example", [SOCKET_ADDRESS_HEADER]: "1.1.1.1" });
    stampRequest(req, "10.0.0.2", 1);
    expect(req.headers).toEqual({
      "x-forwarded-for": "203.0.113.5",
      "x-forwarded-host": "app.example",
      [SOCKET_ADDRESS_HEADER]: "10.0.0.2",
    });
  });
});

describe("throttling bucket of an address", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["[2001:0db8:0001:0002::9]", "2001:db8:1:2::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("%s counts as %s", (ip, bucket) => expect(clientBucket(ip)).toBe(bucket));

  it("unknown addresses share one bucket", () => {
    expect(clientBucket(null)).toBe("unknown");
  });
});
