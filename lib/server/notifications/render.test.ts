import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { NOTIFICATION_KINDS, subjectPath } from "./kinds";
import { renderNotification } from "./render";

const SAMPLE = { amountFen: "1234567", project: "Spring stock", reason: "documents missing", status: "WATCH", action: "CLEAR_WATCH" };

describe("notification kinds", () => {
  it("every kind has a title and a body in every language, and renders with the sample values without a placeholder left", () => {
    for (const locale of LOCALES) {
      const kinds = (loadMessages(locale).notifications as { kinds: Record<string, { title: string; body: string }> }).kinds;
      expect(Object.keys(kinds).sort()).toEqual([...NOTIFICATION_KINDS].sort());
      for (const kind of NOTIFICATION_KINDS) {
        const { title, body } = renderNotification(locale, kind, SAMPLE);
        expect(title.length).toBeGreaterThan(0);
        expect(body).not.toMatch(/[{}]/);
        expect(body).not.toContain("notifications.kinds");
      }
    }
  });

  it("shows amounts as money and a company status by its name, in the reader's language", () => {
    expect(renderNotification("en", "DEPOSIT_CREDITED", { amountFen: "1234567" }).body).toBe(
      "Your deposit of ¥12,345.67 was credited to your wallet.",
    );
    expect(renderNotification("zh-CN", "DEPOSIT_CREDITED", { amountFen: "1234567" }).body).toBe("您的充值 ¥12,345.67 已到账。");
    expect(renderNotification("en", "COMPANY_STATUS_CHANGED", { status: "WATCH" }).body).toBe("Your company's status is now: Watch.");
  });

  it("links each subject to the reader's own page for it, or nowhere", () => {
    expect(subjectPath({ type: "INVESTMENT", id: "i1" }, "INVESTOR")).toBe("/investor/investments/i1");
    expect(subjectPath({ type: "LOAN_PROJECT", id: "p1" }, "COMPANY")).toBe("/company/loans/p1");
    expect(subjectPath({ type: "LOAN_PROJECT", id: "p1" }, "INVESTOR")).toBe("/loans/p1");
    expect(subjectPath({ type: "OUTFLOW", id: "o1" }, "COMPANY")).toBe("/company/wallet");
    expect(subjectPath({ type: "REVIEW_REQUEST", id: "r1" }, "CUSTOMER_SERVICE")).toBe("/admin/requests");
    expect(subjectPath({ type: "INVESTMENT", id: "i1" }, "COMPANY")).toBeNull();
    expect(subjectPath(null, "INVESTOR")).toBeNull();
  });
});
