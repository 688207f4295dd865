import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import type { Role } from "@/lib/generated/prisma/enums";
import { MATRIX } from "@/tests/authz/matrix";
import { AUDIT_ACTIONS, type AuditAction, auditActionGroups, subjectTypeOfAction } from "./actions";
import { type AuditEntry, type AuditSubject, actionLabelKey, describeAuditEntry } from "./describe-entry";
import { SUBJECT_PAGES } from "./subject-pages";

const LOCALES = ["zh-CN", "en"] as const;

/** next-intl's translator with untyped keys (the message tree is loaded from JSON at run time). */
interface Translator {
  (key: string, values?: Record<string, string | number>): string;
  markup(key: string, values: Record<string, string | number | ((chunks: string) => string)>): string;
}

function translator(locale: (typeof LOCALES)[number]): Translator {
  // A missing key or a broken ICU message throws instead of printing the key.
  return createTranslator({
    locale,
    messages: loadMessages(locale),
    onError: (error) => {
      throw error;
    },
  }) as unknown as Translator;
}

/** The sentence as text, the subject link as <a href="…">…</a> (or […] when not a link). */
function render(entry: AuditEntry, reader: Role, locale: (typeof LOCALES)[number]) {
  const t = translator(locale);
  const sentence = describeAuditEntry(entry, reader, (key, values) => t(key, values));
  const text = t.markup(sentence.key, {
    ...sentence.values,
    link: (chunks: string) => (sentence.href ? `<a href="${sentence.href}">${chunks}</a>` : `[${chunks}]`),
  });
  return { ...sentence, text };
}

const company: AuditSubject = { type: "COMPANY", id: "co1", label: "甲公司" };
const pendingProject: AuditSubject = { type: "LOAN_PROJECT", id: "lp1", label: "备货周转", isPublic: false };
const publicProject: AuditSubject = { type: "LOAN_PROJECT", id: "lp2", label: "设备升级", isPublic: true };
const staff: AuditSubject = { type: "USER", id: "u1", label: "李四", role: "SUPERVISOR" };

function entry(
  action: string,
  subject: AuditSubject,
  data: unknown = {},
  actor: AuditEntry["actor"] = { name: "张三", role: "CUSTOMER_SERVICE" },
): AuditEntry {
  return { id: "1", action, createdAt: new Date("2026-11-30T01:00:00Z"), actorId: "a1", actor, subject, data };
}

/** A plausible subject for any action: the sentence test below runs every action through it. */
function subjectFor(action: AuditAction): AuditSubject {
  switch (subjectTypeOfAction(action)) {
    case "COMPANY":
      return company;
    case "LOAN_PROJECT":
      return publicProject;
    case "USER":
      return staff;
    case "PLATFORM_SETTING":
      return { type: "PLATFORM_SETTING", id: "loanLimits", label: null };
    case "REVIEW_REQUEST":
      return {
        type: "REVIEW_REQUEST",
        id: "rr1",
        label: null,
        request: { targetType: "COMPANY", targetId: "co1", action: "ACTIVATE", label: "甲公司" },
      };
    case "INVESTMENT":
      return { type: "INVESTMENT", id: "inv1", label: null, project: { id: "lp2", title: "设备升级", isPublic: true } };
    default:
      return { type: subjectTypeOfAction(action), id: "clxyz0000abcdefgh", label: null };
  }
}

function messageAt(locale: string, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], loadMessages(locale as "en"));
}

describe("every audit action has a sentence", () => {
  it("has a label and a sentence in both languages", () => {
    const missing = LOCALES.flatMap((locale) =>
      AUDIT_ACTIONS.flatMap((action) =>
        ["label", "sentence"]
          .map((part) => `audit.actions.${action}.${part}`)
          .filter((key) => typeof messageAt(locale, key) !== "string")
          .map((key) => `${locale}: ${key}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)("renders every action in %s with who, what and the subject, never a raw code", (locale) => {
    for (const action of AUDIT_ACTIONS) {
      const data = {
        reason: "理由甲",
        from: { role: "CUSTOMER_SERVICE" },
        to: { role: "SUPERVISOR" },
        targetType: "COMPANY",
        targetId: "co1",
        action: "ACTIVATE",
      };
      const { text, key } = render(entry(action, subjectFor(action), data), "ADMIN", locale);
      expect(key, action).not.toBe("audit.actions.unknown.sentence");
      expect(text, action).toContain("张三");
      expect(text, action).toContain(locale === "en" ? "Customer service" : "客服");
      expect(text, action).not.toContain(action);
      expect(text, action).not.toMatch(/[{}]/);
      expect(text.length, action).toBeLessThan(200);
    }
  });

  it("offers every action once in the filter's groups", () => {
    expect(
      auditActionGroups()
        .flatMap((group) => group.actions)
        .sort(),
    ).toEqual([...AUDIT_ACTIONS].sort());
  });
});

describe("sentences", () => {
  const returned = entry("LOAN_PROJECT.RETURN_FOR_REVISION", pendingProject, {
    from: "PENDING_PRELIMINARY_REVIEW",
    to: "DRAFT",
    reason: "缺少近三个月报表",
  });

  it("tells a return for revision in the reader's language, with the maker's reason apart", () => {
    const zh = render(returned, "SUPERVISOR", "zh-CN");
    expect(zh.text).toBe('客服 张三 将借款申请《<a href="/admin/reviews/lp1">备货周转</a>》退回修改');
    expect(zh.reason).toBe("缺少近三个月报表");
    const en = render({ ...returned, actor: { name: "Zhang San", role: "CUSTOMER_SERVICE" } }, "SUPERVISOR", "en");
    expect(en.text).toBe('Customer service Zhang San returned loan request “<a href="/admin/reviews/lp1">备货周转</a>” for revision');
  });

  it("tells which part of a staff member's account changed", () => {
    const actor = { name: "Admin A", role: "ADMIN" as const };
    const change = (from: object, to: object) => render(entry("STAFF_UPDATED", staff, { from, to }, actor), "ADMIN", "en");
    expect(change({ role: "CUSTOMER_SERVICE", disabled: false }, { role: "SUPERVISOR", disabled: false }).text).toBe(
      'Administrator Admin A changed the role of <a href="/admin/staff">李四</a> from Customer service to Supervisor',
    );
    expect(change({ role: "SUPERVISOR", disabled: false }, { role: "SUPERVISOR", disabled: true }).text).toContain(
      "disabled the account of",
    );
    expect(change({ role: "SUPERVISOR", disabled: true }, { role: "SUPERVISOR", disabled: false }).text).toContain(
      "re-enabled the account of",
    );
  });

  it("tells a supervisor grant from a new supervisor and highlights both", () => {
    const actor = { name: "管理员甲", role: "ADMIN" as const };
    const promoted = render(entry("SUPERVISOR_GRANTED", staff, { fromRole: "CUSTOMER_SERVICE" }, actor), "ADMIN", "zh-CN");
    expect(promoted.text).toBe('管理员 管理员甲 将 <a href="/admin/staff">李四</a> 由客服改为业务主管');
    expect(promoted.highlighted).toBe(true);
    const created = render(entry("SUPERVISOR_GRANTED", staff, { fromRole: null }, actor), "ADMIN", "zh-CN");
    expect(created.text).toBe('管理员 管理员甲 新增业务主管 <a href="/admin/staff">李四</a>');
    expect(render(returned, "ADMIN", "zh-CN").highlighted).toBe(false);
  });

  it("tells a review request by what it asks for, linked to that record", () => {
    const created = entry("REVIEW_REQUEST.CREATE", subjectFor("REVIEW_REQUEST.CREATE"), {
      targetType: "COMPANY",
      targetId: "co1",
      action: "ACTIVATE",
      reason: "资料齐全",
    });
    expect(render(created, "SUPERVISOR", "zh-CN").text).toBe('客服 张三 申请主管审批：启用企业 <a href="/admin/companies/co1">甲公司</a>');
    const approved = entry("REVIEW_REQUEST.APPROVE", subjectFor("REVIEW_REQUEST.APPROVE"), {}, { name: "Li", role: "SUPERVISOR" });
    expect(render(approved, "ADMIN", "en").text).toBe("Supervisor Li approved the request: Activate a company [甲公司]");
  });

  it("names the system, a nameless subject by its id, and a setting by its name", () => {
    const deposit: AuditSubject = { type: "DEPOSIT", id: "clxyz0000abcdefgh", label: null };
    const paid = render({ ...entry("DEPOSIT.PAY", deposit, {}, null), actorId: null }, "ADMIN", "en");
    expect(paid.text).toBe("The system recorded deposit [#abcdefgh] as paid");
    const byGoneUser = render(entry("DEPOSIT.PAY", deposit, {}, null), "ADMIN", "zh-CN");
    expect(byGoneUser.text).toBe("已不存在的用户 确认充值 [#abcdefgh] 已到账");
    const settings = entry("SETTINGS_UPDATED", subjectFor("SETTINGS_UPDATED"), {}, { name: "A", role: "ADMIN" });
    expect(render(settings, "ADMIN", "zh-CN").text).toBe('管理员 A 修改了平台设置：<a href="/admin/settings">借款限额</a>');
    const other = entry("SETTINGS_UPDATED", { type: "PLATFORM_SETTING", id: "footer", label: null }, {}, { name: "A", role: "ADMIN" });
    expect(render(other, "ADMIN", "en").text).toBe('Administrator A changed the platform setting <a href="/admin/settings">footer</a>');
  });

  it("still tells an action this version does not know", () => {
    const { text, key } = render(entry("SOMETHING_NEW", company), "ADMIN", "en");
    expect(key).toBe("audit.actions.unknown.sentence");
    expect(text).toBe("Customer service 张三 performed SOMETHING_NEW on [甲公司]");
    expect(actionLabelKey("SOMETHING_NEW")).toBe("audit.actions.unknown.label");
  });
});

describe("links", () => {
  const href = (subject: AuditSubject, reader: Role, action = "COMPANY.ACTIVATE") =>
    describeAuditEntry(entry(action, subject), reader, (k) => k).href;

  it("go only where the reader may go", () => {
    expect(href(company, "SUPERVISOR")).toBe("/admin/companies/co1");
    expect(href(company, "ADMIN")).toBeNull();
    expect(href(pendingProject, "CUSTOMER_SERVICE")).toBe("/admin/reviews/lp1");
    expect(href(pendingProject, "ADMIN")).toBeNull();
    expect(href(publicProject, "ADMIN")).toBe("/loans/lp2");
    expect(href(publicProject, "SUPERVISOR")).toBe("/admin/reviews/lp2");
    expect(href(staff, "ADMIN", "STAFF_CREATED")).toBe("/admin/staff");
    expect(href(staff, "SUPERVISOR", "STAFF_CREATED")).toBeNull();
    expect(href({ type: "USER", id: "c", label: "x", role: "COMPANY" }, "ADMIN", "COMPANY_PROFILE_UPDATED")).toBeNull();
  });

  it("agree with the authorization matrix on who may open each page", () => {
    for (const [page, roles] of Object.entries(SUBJECT_PAGES)) {
      const row = MATRIX.find((r) => r.kind === "page" && r.target === page);
      expect(row, page).toBeDefined();
      const allowed = Object.entries(row?.expect ?? {})
        .filter(([caller, outcome]) => caller !== "ANONYMOUS" && outcome === "ok")
        .map(([caller]) => caller);
      expect([...roles].sort(), page).toEqual(allowed.sort());
    }
  });
});
