import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { ListingText, LoansTranslator } from "@/components/loans/listing-text";
import { projectCardLabels, toLoanProjectCardView } from "@/components/loans/project-card-view";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import type { PublicLoanProjectSummary } from "@/lib/server/listings";

// The listing cards reach the browser as these views (issue 9): every figure and word formatted on the server.
function textFor(locale: Locale): ListingText {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "loans" }) as unknown as LoansTranslator;
  return { t, locale, format: createFormatter({ locale, timeZone: "Asia/Shanghai" }) as ListingText["format"] };
}

const project: PublicLoanProjectSummary = {
  id: "p1",
  title: "Warehouse roof",
  companyName: "Acme Ltd",
  amountFen: 123_456_789n,
  fundedFen: 12_345_678n,
  minInvestmentFen: 10_000n,
  progressBp: 1000,
  annualRateBp: 1250,
  termMonths: 12,
  repaymentMethod: "EQUAL_INSTALLMENT",
  status: "FUNDRAISING",
  riskGrade: "B",
  fundraisingDeadline: new Date("2026-12-10T04:00:00Z"),
  publishedAt: new Date("2026-11-30T16:30:00Z"),
};

describe("toLoanProjectCardView", () => {
  it("formats a fundraising project's figures and words, with its deadline for the countdown", () => {
    const card = toLoanProjectCardView(project, textFor("zh-CN"));
    expect(card).toMatchObject({
      id: "p1",
      status: "FUNDRAISING",
      statusText: "招标中",
      rateText: "12.50%",
      amountText: "¥1,234,567.89",
      annualRateBp: 1250,
      progressBp: 1000,
      deadline: "2026-12-10T04:00:00.000Z",
      publishedText: null,
    });
    expect(card.riskGradeText).toContain("B");
    expect(card.termText).toContain("12");
  });

  it("shows the publication date in the business time zone once a project no longer raises funds", () => {
    const card = toLoanProjectCardView({ ...project, status: "REPAYING" }, textFor("en"));
    expect(card.deadline).toBeNull();
    // 16:30 UTC on 30 November is 1 December in Asia/Shanghai.
    expect(card.publishedText).toBe("Dec 1, 2026");
    expect(card.statusText).not.toBe(card.status);
  });

  it("says a project without a grade is not graded, and shares the card labels per list", () => {
    const text = textFor("en");
    expect(toLoanProjectCardView({ ...project, riskGrade: null }, text).riskGradeText).toBe(text.t("riskGradeNone"));
    expect(Object.values(projectCardLabels(text)).every((label) => label.length > 0 && !label.includes("."))).toBe(true);
  });
});
