import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { InvestmentStatuses } from "@/lib/domain/machines/investment";
import { OutflowStatuses } from "@/lib/domain/machines/outflow";
import { JOURNAL_ENTRY_KINDS } from "@/lib/server/ledger/entry-kinds";

// The wallet screens and the CSV say every journal-entry kind and every investment and payout status in words:
// a kind added to the ledger must get its words here too (the screens fall back to "Other" meanwhile).
const wallet = (locale: (typeof LOCALES)[number]) => loadMessages(locale).wallet as Record<string, Record<string, string>>;

describe("wallet words", () => {
  it.each(LOCALES)("%s names every journal-entry kind, and 'other'", (locale) => {
    const kinds = wallet(locale).kinds;
    for (const kind of [...JOURNAL_ENTRY_KINDS, "OTHER"]) expect(kinds[kind], kind).toMatch(/\S/);
    expect(Object.keys(kinds).sort()).toEqual([...JOURNAL_ENTRY_KINDS, "OTHER"].sort());
  });

  it.each(LOCALES)("%s names every investment and payout status", (locale) => {
    expect(Object.keys(wallet(locale).investmentStatus).sort()).toEqual([...InvestmentStatuses].sort());
    expect(Object.keys(wallet(locale).payoutStatus).sort()).toEqual([...OutflowStatuses].sort());
  });
});
