import { fundraisingDeadlineOf } from "@/lib/domain/dates";
import type { LoanStatus, RepaymentMethod, RiskGrade } from "@/lib/generated/prisma/enums";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import { withTransaction } from "@/lib/server/db/transaction";
import type { Db, Tx } from "@/lib/server/db/types";
import { DEMO_COMPANIES } from "./demo-accounts";

/**
 * Demo loan projects for the two verified demo companies, in every state reachable before money moves:
 * DRAFT (new, and one returned for revision), PENDING_PRELIMINARY_REVIEW, PENDING_FINAL_REVIEW, REJECTED, WITHDRAWN and
 * several FUNDRAISING ones. Each carries the StatusHistory (and, for staff steps, AuditLog) rows of the
 * path it took, as the transition service would have written them. No investments and no ledger entries:
 * fundedFen stays 0.
 *
 * Idempotent: does nothing when the demo companies already have projects.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Step = "SUBMIT" | "PASS_PRELIMINARY" | "PUBLISH" | "REJECT" | "WITHDRAW" | "RETURN_FOR_REVISION";

interface DemoProject {
  company: 0 | 1;
  title: string;
  purpose: string;
  amountYuan: number;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  fundraisingDays: number;
  minInvestmentYuan: number;
  /** Steps taken, each with how long before the seed it happened. */
  path: { step: Step; ago: number; reason?: string }[];
  riskGrade?: RiskGrade;
  /** How long before the first step the company created the draft. */
  draftedAgo: number;
}

const PROJECTS: DemoProject[] = [
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
    riskGrade: "A",
    path: [
      { step: "SUBMIT", ago: 5 * DAY },
      { step: "PASS_PRELIMINARY", ago: 4 * DAY },
      { step: "PUBLISH", ago: 2 * DAY },
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
    riskGrade: "B",
    path: [
      { step: "SUBMIT", ago: 3 * DAY },
      { step: "PASS_PRELIMINARY", ago: 2 * DAY },
      { step: "PUBLISH", ago: 1 * DAY },
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
    riskGrade: "B",
    path: [
      { step: "SUBMIT", ago: 8 * DAY },
      { step: "PASS_PRELIMINARY", ago: 7 * DAY },
      { step: "PUBLISH", ago: 5 * DAY },
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
    riskGrade: "C",
    path: [
      { step: "SUBMIT", ago: 5 * DAY },
      { step: "PASS_PRELIMINARY", ago: 4 * DAY },
      { step: "PUBLISH", ago: 3 * DAY },
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
    riskGrade: "A",
    path: [
      { step: "SUBMIT", ago: 2 * DAY },
      { step: "PASS_PRELIMINARY", ago: 1 * DAY },
      { step: "PUBLISH", ago: 6 * HOUR },
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
    riskGrade: "C",
    path: [
      { step: "SUBMIT", ago: 7 * DAY },
      { step: "PASS_PRELIMINARY", ago: 6 * DAY },
      { step: "PUBLISH", ago: 4 * DAY },
    ],
  },
];

const TRANSITIONS: Record<Step, { from: LoanStatus[]; to: LoanStatus; by: "company" | "cs" | "sup" }> = {
  SUBMIT: { from: ["DRAFT"], to: "PENDING_PRELIMINARY_REVIEW", by: "company" },
  PASS_PRELIMINARY: { from: ["PENDING_PRELIMINARY_REVIEW"], to: "PENDING_FINAL_REVIEW", by: "cs" },
  PUBLISH: { from: ["PENDING_FINAL_REVIEW"], to: "FUNDRAISING", by: "sup" },
  REJECT: { from: ["PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW"], to: "REJECTED", by: "cs" },
  WITHDRAW: { from: ["DRAFT", "PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW"], to: "WITHDRAWN", by: "company" },
  RETURN_FOR_REVISION: { from: ["PENDING_PRELIMINARY_REVIEW", "PENDING_FINAL_REVIEW"], to: "DRAFT", by: "cs" },
};

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

  for (const demo of PROJECTS) {
    const owner = companies[demo.company];
    if (!owner?.company) continue;
    const actors = { company: owner.id, cs: cs.id, sup: sup.id };
    await withTransaction(db, async (tx) => createWithHistory(tx, demo, owner.company?.id ?? "", actors, now, zone));
  }
  return { created: PROJECTS.length };
}

async function createWithHistory(
  tx: Tx,
  demo: DemoProject,
  companyId: string,
  actors: Record<"company" | "cs" | "sup", string>,
  now: Date,
  zone: string,
) {
  const at = (ago: number) => new Date(now.getTime() - ago);
  const firstStepAgo = demo.path[0]?.ago ?? 0;
  const createdAt = at(firstStepAgo + demo.draftedAgo);

  // Replay the path to know the final columns, checking each step starts where the previous one ended.
  let status: LoanStatus = "DRAFT";
  const columns: {
    submittedAt?: Date;
    passedById?: string | null;
    publishedById?: string;
    publishedAt?: Date;
    fundraisingDeadline?: Date;
    riskGrade?: RiskGrade;
    lastReviewComment?: string;
  } = {};
  const history: { from: LoanStatus; to: LoanStatus; event: Step; actorId: string; reason?: string; createdAt: Date; staff: boolean }[] =
    [];
  for (const { step, ago, reason } of demo.path) {
    const rule = TRANSITIONS[step];
    if (!rule.from.includes(status)) throw new Error(`Demo project "${demo.title}": ${step} is not possible from ${status}`);
    const when = at(ago);
    const actorId = actors[rule.by];
    switch (step) {
      case "SUBMIT":
        columns.submittedAt = when;
        break;
      case "PASS_PRELIMINARY":
        columns.passedById = actorId;
        break;
      case "PUBLISH":
        columns.publishedById = actorId;
        columns.publishedAt = when;
        columns.riskGrade = demo.riskGrade ?? "C";
        // The publication service's rule: the end of the business day fundraisingDays after publication.
        columns.fundraisingDeadline = fundraisingDeadlineOf(when, demo.fundraisingDays, zone);
        break;
      case "REJECT":
        columns.lastReviewComment = reason;
        break;
      case "RETURN_FOR_REVISION":
        columns.lastReviewComment = reason;
        columns.passedById = null;
        break;
      case "WITHDRAW":
        break;
    }
    history.push({ from: status, to: rule.to, event: step, actorId, reason, createdAt: when, staff: rule.by !== "company" });
    status = rule.to;
  }

  const project = await tx.loanProject.create({
    data: {
      companyId,
      title: demo.title,
      purpose: demo.purpose,
      amountFen: BigInt(demo.amountYuan) * 100n,
      annualRateBp: demo.annualRateBp,
      termMonths: demo.termMonths,
      repaymentMethod: demo.repaymentMethod,
      fundraisingDays: demo.fundraisingDays,
      minInvestmentFen: BigInt(demo.minInvestmentYuan) * 100n,
      status,
      fundedFen: 0n,
      ...columns,
      createdAt,
    },
  });
  for (const row of history) {
    await tx.statusHistory.create({
      data: {
        entityType: "LOAN_PROJECT",
        entityId: project.id,
        fromStatus: row.from,
        toStatus: row.to,
        event: row.event,
        actorId: row.actorId,
        reason: row.reason ?? null,
        createdAt: row.createdAt,
      },
    });
    if (row.staff) {
      await tx.auditLog.create({
        data: {
          actorId: row.actorId,
          action: `LOAN_PROJECT.${row.event}`,
          targetType: "LOAN_PROJECT",
          targetId: project.id,
          data: {
            from: row.from,
            to: row.to,
            ...(row.reason ? { reason: row.reason } : {}),
            ...(row.event === "PUBLISH"
              ? { data: { riskGrade: columns.riskGrade, fundraisingDeadline: columns.fundraisingDeadline?.toISOString() } }
              : {}),
          },
          createdAt: row.createdAt,
        },
      });
    }
  }
}
