import { formatRateBp } from "@/lib/domain/money";
import type { RepaymentMethod, RiskGrade } from "@/lib/generated/prisma/enums";
import { loanRequestSchema } from "@/lib/schemas/loan-requests";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import {
  passPreliminaryReview,
  publishLoanProject,
  rejectLoanProject,
  returnLoanProjectForRevision,
} from "@/lib/server/loan-projects/review-loan-project";
import { submitLoanRequest, withdrawLoanRequest } from "@/lib/server/loan-requests/company-loan-events";
import { createLoanDraft } from "@/lib/server/loan-requests/save-loan-draft";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { DEMO_COMPANIES } from "./demo-accounts";
import { clockedDb, type SettableClock, settableClock } from "./seed-clock";

/**
 * Demo loan projects for the two verified demo companies, in every state reachable before money moves:
 * DRAFT (new, and one returned for revision), PENDING_PRELIMINARY_REVIEW, PENDING_FINAL_REVIEW, REJECTED,
 * WITHDRAWN and several FUNDRAISING ones. No investments and no ledger entries: fundedFen stays 0.
 *
 * The seed tells their story through the application's own services, as the real actors would, oldest
 * step first, on a settable clock (seed-clock.ts): the company drafts (createLoanDraft, the form's schema)
 * and submits, customer service (CS Li) passes, returns or rejects at the preliminary review, the
 * supervisor (Supervisor Chen) publishes. So every status change, StatusHistory and AuditLog row and derived
 * column (submittedAt, passedById, publishedAt, fundraisingDeadline…) is what the application writes,
 * with the rules it checks (roles, four eyes, the form's limits), at the time the story says.
 *
 * Idempotent: does nothing when the demo companies already have projects.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One step of a project's story: the event, how long before the seed's "now" it happened, and its words. */
export type PathStep =
  | { step: "SUBMIT" | "WITHDRAW"; ago: number }
  /** The reviewer's optional comment. */
  | { step: "PASS_PRELIMINARY"; ago: number; reason?: string }
  /** Shown to the company, so required. */
  | { step: "REJECT" | "RETURN_FOR_REVISION"; ago: number; reason: string }
  /** The grade the supervisor gives the listing. */
  | { step: "PUBLISH"; ago: number; riskGrade: RiskGrade };

export interface DemoLoanProject {
  company: 0 | 1;
  title: string;
  purpose: string;
  amountYuan: number;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  fundraisingDays: number;
  minInvestmentYuan: number;
  /** Steps taken, oldest first. */
  path: PathStep[];
  /** How long before the first step the company created the draft. */
  draftedAgo: number;
}

/** The demo projects and their stories, read by the seed tests too. */
export const DEMO_PROJECTS: readonly DemoLoanProject[] = [
  // 杭州青禾食品有限公司
  {
    company: 0,
    title: "冷链配送车辆购置",
    purpose: "购置 4 辆 4.2 米冷藏配送车，用于杭州市区商超和社区团购点的日常配送，替换即将到期的租赁车辆。",
    amountYuan: 600_000,
    annualRateBp: 1050,
    termMonths: 18,
    repaymentMethod: "EQUAL_INSTALLMENT",
    fundraisingDays: 20,
    minInvestmentYuan: 100,
    draftedAgo: 2 * HOUR,
    path: [],
  },
  {
    company: 0,
    title: "春节备货原料采购周转",
    purpose: "春节前集中采购面粉、猪肉、蔬菜等速冻食品原料，满足商超年货订单；货款预计在节后 60 天内回笼。",
    amountYuan: 800_000,
    annualRateBp: 1100,
    termMonths: 6,
    repaymentMethod: "INTEREST_FIRST",
    fundraisingDays: 15,
    minInvestmentYuan: 100,
    draftedAgo: 2 * DAY,
    path: [{ step: "SUBMIT", ago: 1 * DAY }],
  },
  {
    company: 0,
    title: "新建速冻水饺生产线",
    purpose: "新建一条日产 20 吨的速冻水饺自动化生产线，包括和面、成型、速冻隧道及包装设备。",
    amountYuan: 5_000_000,
    annualRateBp: 1600,
    termMonths: 36,
    repaymentMethod: "EQUAL_PRINCIPAL",
    fundraisingDays: 30,
    minInvestmentYuan: 1000,
    draftedAgo: 14 * DAY,
    path: [
      { step: "SUBMIT", ago: 12 * DAY },
      {
        step: "REJECT",
        ago: 10 * DAY,
        reason: "申请金额超过企业近一年营业收入的 50%，且未提供生产线建设的环评批复文件，暂不予通过。",
      },
    ],
  },
  {
    company: 0,
    title: "冷库扩容周转资金",
    purpose: "将现有 2,000 立方米冷库扩容至 3,500 立方米，用于支付制冷机组和保温库板的设备款及安装费。",
    amountYuan: 500_000,
    annualRateBp: 1080,
    termMonths: 6,
    repaymentMethod: "EQUAL_PRINCIPAL",
    fundraisingDays: 20,
    minInvestmentYuan: 100,
    draftedAgo: 6 * DAY,
    path: [
      { step: "SUBMIT", ago: 5 * DAY },
      { step: "PASS_PRELIMINARY", ago: 4 * DAY },
      { step: "PUBLISH", ago: 2 * DAY, riskGrade: "A" },
    ],
  },
  {
    company: 0,
    title: "有机蔬菜基地订单采购",
    purpose: "向合作的有机蔬菜基地预付一季度订单款，锁定采购价格，保障净菜加工线的原料供应。",
    amountYuan: 300_000,
    annualRateBp: 1200,
    termMonths: 12,
    repaymentMethod: "EQUAL_INSTALLMENT",
    fundraisingDays: 15,
    minInvestmentYuan: 100,
    draftedAgo: 4 * DAY,
    path: [
      { step: "SUBMIT", ago: 3 * DAY },
      { step: "PASS_PRELIMINARY", ago: 2 * DAY },
      { step: "PUBLISH", ago: 1 * DAY, riskGrade: "B" },
    ],
  },
  {
    company: 0,
    title: "中央厨房设备升级",
    purpose: "为中央厨房更换蒸烤一体机、真空冷却机和金属检测设备，提升产能并满足大型连锁餐饮客户的验厂要求。",
    amountYuan: 1_200_000,
    annualRateBp: 960,
    termMonths: 24,
    repaymentMethod: "INTEREST_FIRST",
    fundraisingDays: 30,
    minInvestmentYuan: 500,
    draftedAgo: 9 * DAY,
    path: [
      { step: "SUBMIT", ago: 8 * DAY },
      { step: "PASS_PRELIMINARY", ago: 7 * DAY },
      { step: "PUBLISH", ago: 5 * DAY, riskGrade: "B" },
    ],
  },
  // 深圳蓝海物流有限公司
  {
    company: 1,
    title: "跨境冷链专线运营资金",
    purpose: "开通深圳至香港的跨境冷链专线，用于支付首批车辆的通关保证金、车辆改装费和前三个月的运营成本。",
    amountYuan: 1_500_000,
    annualRateBp: 1150,
    termMonths: 12,
    repaymentMethod: "EQUAL_INSTALLMENT",
    fundraisingDays: 20,
    minInvestmentYuan: 100,
    draftedAgo: 4 * DAY,
    path: [
      { step: "SUBMIT", ago: 3 * DAY },
      { step: "PASS_PRELIMINARY", ago: 2 * DAY, reason: "资料齐全，经营流水与申请金额匹配。" },
    ],
  },
  {
    company: 1,
    title: "华南仓配中心租赁保证金",
    purpose: "支付东莞华南仓配中心 12,000 平方米仓库的租赁保证金和首期租金。",
    amountYuan: 900_000,
    annualRateBp: 1000,
    termMonths: 12,
    repaymentMethod: "EQUAL_PRINCIPAL",
    fundraisingDays: 15,
    minInvestmentYuan: 100,
    draftedAgo: 9 * DAY,
    path: [
      { step: "SUBMIT", ago: 8 * DAY },
      { step: "WITHDRAW", ago: 7 * DAY },
    ],
  },
  {
    company: 1,
    title: "新能源物流车融资",
    purpose: "采购 20 辆新能源轻型厢式货车，替换城市配送线路上的燃油车，降低运营成本。",
    amountYuan: 2_400_000,
    annualRateBp: 1250,
    termMonths: 24,
    repaymentMethod: "EQUAL_INSTALLMENT",
    fundraisingDays: 25,
    minInvestmentYuan: 500,
    draftedAgo: 7 * DAY,
    path: [
      { step: "SUBMIT", ago: 6 * DAY },
      { step: "RETURN_FOR_REVISION", ago: 5 * DAY, reason: "请补充车辆采购合同和供应商报价单，并说明每月还款资金的来源。" },
    ],
  },
  {
    company: 1,
    title: "电商旺季运力扩充",
    purpose: "为“双十一”电商旺季临时租用 30 辆干线运输车辆并招聘季节性分拣人员，旺季结算款到账后一次性还本付息。",
    amountYuan: 800_000,
    annualRateBp: 1320,
    termMonths: 3,
    repaymentMethod: "BULLET",
    fundraisingDays: 10,
    minInvestmentYuan: 100,
    draftedAgo: 6 * DAY,
    path: [
      { step: "SUBMIT", ago: 5 * DAY },
      { step: "PASS_PRELIMINARY", ago: 4 * DAY },
      { step: "PUBLISH", ago: 3 * DAY, riskGrade: "C" },
    ],
  },
  {
    company: 1,
    title: "冷链车队油费及路桥费周转",
    purpose: "垫付冷链车队两个月的燃油费和路桥通行费，客户运费按月结算后偿还。",
    amountYuan: 200_000,
    annualRateBp: 1150,
    termMonths: 9,
    repaymentMethod: "EQUAL_INSTALLMENT",
    fundraisingDays: 7,
    minInvestmentYuan: 100,
    draftedAgo: 3 * DAY,
    path: [
      { step: "SUBMIT", ago: 2 * DAY },
      { step: "PASS_PRELIMINARY", ago: 1 * DAY },
      { step: "PUBLISH", ago: 6 * HOUR, riskGrade: "A" },
    ],
  },
  {
    company: 1,
    title: "智能分拣设备采购",
    purpose: "采购交叉带自动分拣机一套，日处理能力 10 万件，用于深圳宝安转运中心，替代人工分拣。",
    amountYuan: 2_000_000,
    annualRateBp: 1440,
    termMonths: 36,
    repaymentMethod: "EQUAL_PRINCIPAL",
    fundraisingDays: 25,
    minInvestmentYuan: 1000,
    draftedAgo: 8 * DAY,
    path: [
      { step: "SUBMIT", ago: 7 * DAY },
      { step: "PASS_PRELIMINARY", ago: 6 * DAY },
      { step: "PUBLISH", ago: 4 * DAY, riskGrade: "C" },
    ],
  },
];

interface Actors {
  company: { id: string; role: "COMPANY" };
  cs: { id: string; role: "CUSTOMER_SERVICE" };
  sup: { id: string; role: "SUPERVISOR" };
}

/** Takes one step through its service, as the demo actor who takes it: the company, CS Li or Supervisor Chen. */
function takeStep(db: Db, clock: SettableClock, actors: Actors, projectId: string, step: PathStep): Promise<unknown> {
  switch (step.step) {
    case "SUBMIT":
      return submitLoanRequest(db, actors.company, projectId, clock);
    case "WITHDRAW":
      return withdrawLoanRequest(db, actors.company, projectId);
    case "PASS_PRELIMINARY":
      return passPreliminaryReview(db, actors.cs, projectId, step.reason);
    case "RETURN_FOR_REVISION":
      return returnLoanProjectForRevision(db, actors.cs, projectId, step.reason);
    case "REJECT":
      return rejectLoanProject(db, actors.cs, projectId, step.reason);
    case "PUBLISH":
      return publishLoanProject(db, actors.sup, projectId, { riskGrade: step.riskGrade }, clock);
  }
}

/** The draft as the company types it into the form (amounts in yuan, the rate in percent). */
function formOf(demo: DemoLoanProject) {
  return {
    title: demo.title,
    purpose: demo.purpose,
    amount: String(demo.amountYuan),
    annualRate: formatRateBp(demo.annualRateBp),
    termMonths: String(demo.termMonths),
    repaymentMethod: demo.repaymentMethod,
    fundraisingDays: String(demo.fundraisingDays),
    minInvestment: String(demo.minInvestmentYuan),
  };
}

type StoryEvent = { at: Date; demo: DemoLoanProject } & ({ kind: "draft" } | { kind: "step"; step: PathStep });

/** Every project's drafting and steps on one time line, oldest first (a stable sort keeps each project's order). */
function story(now: Date): StoryEvent[] {
  const at = (ago: number) => new Date(now.getTime() - ago);
  return DEMO_PROJECTS.flatMap((demo): StoryEvent[] => [
    { kind: "draft", demo, at: at((demo.path[0]?.ago ?? 0) + demo.draftedAgo) },
    ...demo.path.map((step): StoryEvent => ({ kind: "step", demo, step, at: at(step.ago) })),
  ]).sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** `now` and `zone` default to the server's clock, so the demo follows the test clock where it is enabled. */
export async function seedProjects(
  db: Db,
  now: Date = getClock().now(),
  zone: string = getBusinessTimeZone(),
): Promise<{ created: number }> {
  const emails = DEMO_COMPANIES.slice(0, 2).map((c) => c.email);
  const owners = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, company: { select: { id: true } } },
  });
  const staff = await db.user.findMany({ where: { email: { in: ["cs@demo.lend", "sup@demo.lend"] } }, select: { id: true, email: true } });
  const companies = emails.map((email) => owners.find((o) => o.email === email));
  const cs = staff.find((s) => s.email === "cs@demo.lend");
  const sup = staff.find((s) => s.email === "sup@demo.lend");
  if (companies.some((c) => !c?.company) || !cs || !sup) throw new Error("seedProjects needs the demo accounts: run seedAccounts first");

  const existing = await db.loanProject.count({ where: { companyId: { in: companies.map((c) => c?.company?.id ?? "") } } });
  if (existing > 0) return { created: 0 };

  const events = story(now);
  const clock = settableClock(events[0]?.at ?? now, zone);
  const clocked = clockedDb(db, clock);
  const form = loanRequestSchema(await getLoanLimits(db));
  const ids = new Map<DemoLoanProject, string>();
  for (const event of events) {
    clock.set(event.at);
    const owner = companies[event.demo.company];
    if (!owner) throw new Error(`Demo project "${event.demo.title}": no company ${event.demo.company}`);
    const actors: Actors = {
      company: { id: owner.id, role: "COMPANY" },
      cs: { id: cs.id, role: "CUSTOMER_SERVICE" },
      sup: { id: sup.id, role: "SUPERVISOR" },
    };
    try {
      if (event.kind === "draft") {
        const { id } = await createLoanDraft(clocked, owner.id, form.parse(formOf(event.demo)));
        ids.set(event.demo, id);
      } else {
        await takeStep(clocked, clock, actors, ids.get(event.demo) ?? "", event.step);
      }
    } catch (error) {
      const what = event.kind === "draft" ? "drafting" : event.step.step;
      throw new Error(`Demo project "${event.demo.title}": ${what} failed`, { cause: error });
    }
  }
  return { created: DEMO_PROJECTS.length };
}
