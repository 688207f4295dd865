import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { STAFF_ROLES } from "@/lib/shared/roles";
import { MATRIX } from "@/tests/authz/matrix";
import { listedQueue, QUEUE_KEYS, QUEUES, queuesFor } from "./registry";

const message = (messages: Record<string, unknown>, key: string) =>
  key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], messages);

describe("the staff queue registry", () => {
  it("has one entry per key, each key once", () => {
    const keys = QUEUES.map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...QUEUE_KEYS].sort());
  });

  it("gives every queue to at least one role, and only to staff roles", () => {
    for (const queue of QUEUES) {
      expect(queue.roles.length, queue.key).toBeGreaterThan(0);
      for (const role of queue.roles) expect(STAFF_ROLES, `${queue.key}: ${role}`).toContain(role);
    }
    expect(queuesFor("INVESTOR")).toEqual([]);
    expect(queuesFor("COMPANY")).toEqual([]);
  });

  it("shows each role its queues in navigation order", () => {
    const keysOf = (role: (typeof STAFF_ROLES)[number]) => queuesFor(role).map((q) => q.key);
    expect(keysOf("CUSTOMER_SERVICE")).toEqual([
      "companyVerifications",
      "preliminaryReviews",
      "investmentReviews",
      "outflowsToExecute",
      "reconciliation",
      "ownRequests",
      "fundraisingProjects",
      "overdueProjects",
    ]);
    expect(keysOf("SUPERVISOR")).toEqual([
      "fundraisingProjects",
      "overdueProjects",
      "finalReviews",
      "fullSubscriptionReviews",
      "outflowApprovals",
      "statusChangeApprovals",
    ]);
    expect(keysOf("ADMIN")).toEqual(["staff", "settings", "auditLog"]);
  });

  it("links each shipped queue to a page of its own URL, and each link once", () => {
    const hrefs = QUEUES.flatMap((q) => (q.href ? [q.href] : []));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(href).toMatch(/^\/admin\/[a-z/-]+$/);
    // No placeholder left: reconciliation, the last queue without a page, shipped with issue 13.
    expect(QUEUES.filter((q) => !q.href).map((q) => q.key)).toEqual([]);
  });

  it("names every queue in both languages", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const messages = loadMessages(locale) as Record<string, unknown>;
      for (const queue of QUEUES) expect(typeof message(messages, queue.title), `${locale} ${queue.title}`).toBe("string");
    }
  });

  it("lists the review stages on the generic queue page, each behind a route file that names its key", () => {
    const listed = QUEUES.filter((q) => q.list).map((q) => q.key);
    expect(listed).toEqual(["preliminaryReviews", "fundraisingProjects", "finalReviews"]);
    for (const key of listed) {
      const entry = listedQueue(key);
      expect(entry.count, key).not.toBeNull();
      const route = path.resolve(__dirname, "../../../../app/[locale]/(per-user)", `.${entry.href}`, "page.tsx");
      expect(readFileSync(route, "utf8"), route).toContain(`queueKey: "${key}"`);
    }
    expect(() => listedQueue("staff")).toThrow(/no generic page/);
    expect(() => listedQueue("investmentReviews")).toThrow(/no generic page/);
  });

  it("lets into each shipped queue's page the queue's roles, as the authorization matrix says", () => {
    // A queue with a page of its own may open it to more roles (the reviewers' company queue), never fewer.
    for (const queue of QUEUES.filter((q) => q.href)) {
      const row = MATRIX.find((r) => r.kind === "page" && r.target === queue.href);
      expect(row, `${queue.href} has no matrix row`).toBeDefined();
      for (const role of queue.roles) expect(row?.expect[role], `${queue.href} as ${role}`).toBe("ok");
      if (queue.list) {
        const allowed = STAFF_ROLES.filter((role) => row?.expect[role] === "ok");
        expect(allowed, queue.key).toEqual([...queue.roles]);
      }
    }
  });
});
