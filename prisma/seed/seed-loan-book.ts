import { COMMON_BANKS } from "@/lib/domain/bank-cards";
import { addDays, addMonths, type BusinessDate, businessDateOf, startOfBusinessDay } from "@/lib/domain/dates";
import { formatRateBp } from "@/lib/domain/money";
import type { Actor } from "@/lib/domain/permissions";
import type { RepaymentMethod, RiskGrade } from "@/lib/generated/prisma/enums";
import { loanRequestSchema } from "@/lib/schemas/loan-requests";
import { bindBankCard } from "@/lib/server/bank-cards";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import { requestCompanyStatusChange } from "@/lib/server/companies/request-status-change";
import type { Db } from "@/lib/server/db/types";
import { createDeposit } from "@/lib/server/deposits/create-deposit";
import { handleGatewayNotification } from "@/lib/server/deposits/handle-gateway-notification";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { confirmInvestment, placeInvestment } from "@/lib/server/investments";
import { findJob } from "@/lib/server/jobs/registry";
import { passPreliminaryReview, publishLoanProject } from "@/lib/server/loan-projects/review-loan-project";
import { submitLoanRequest } from "@/lib/server/loan-requests/company-loan-events";
import { createLoanDraft } from "@/lib/server/loan-requests/save-loan-draft";
import { recordOutflowTransfer } from "@/lib/server/outflows";
import { repayFromWallet } from "@/lib/server/repayments/repay-from-wallet";
import { approveReviewRequest, createReviewRequest } from "@/lib/server/review-requests";
import { getLoanLimits } from "@/lib/server/settings/loan-limits";
import { clockedDb, type SettableClock, settableClock } from "./seed-clock";
import { storyGateway } from "./seed-money";

/**
 * The demo's loan book after disbursement (issue 12 item 6): loans that ran for months, told through the
 * services on the seed's clock like the rest of the demo. Three borrowers (demo-accounts.ts, `history`) with
 * their own past:
 *
 * - 宁波恒信五金 repaid a 3-month loan on every due date (SETTLED) and is repaying a 12-month one (REPAYING, three
 *   instalments paid); a year on the platform without overdue, it was upgraded to GOOD;
 * - 东莞鑫达包装 paid its first instalment and not its second: the daily job marked the project OVERDUE (penalty
 *   accruing) and the company WATCH;
 * - 温州瑞丰鞋业 paid nothing: overdue 90 days, customer service filed DECLARE_BAD_DEBT and BLACKLIST and
 *   supervisors approved them (BAD_DEBT, BLACKLIST).
 *
 * Every loan is funded by the three demo investors, who deposit first. Runs after seedMoney (which does nothing
 * once any deposit exists). Idempotent: does nothing when the borrowers have projects.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const yuan = (amount: number) => BigInt(amount) * 100n;

const INVESTORS = ["investor@demo.lend", "investor2@demo.lend", "investor3@demo.lend"] as const;
const BORROWERS = {
  hengxin: { email: "hengxin@demo.lend", card: { bank: "ICBC", number: "6222021000456789121" } },
  xinda: { email: "xinda@demo.lend", card: { bank: "CCB", number: "6217000004567891235" } },
  ruifeng: { email: "ruifeng@demo.lend", card: { bank: "ABC", number: "6228480014567890125" } },
} as const;
type Borrower = keyof typeof BORROWERS;

/** A loan of the book: its terms as the company types them, and when it was published and paid out. */
interface BookLoan {
  key: string;
  borrower: Borrower;
  title: string;
  purpose: string;
  amountYuan: number;
  annualRateBp: number;
  termMonths: number;
  repaymentMethod: RepaymentMethod;
  riskGrade: RiskGrade;
  /** Days before now it was published; drafted, submitted and passed in the days before, paid out 3 days after. */
  publishedAgo: number;
  /** Each investor's share, in yuan, in INVESTORS order: they add up to the amount. */
  shares: [number, number, number];
}

export const LOAN_BOOK: readonly BookLoan[] = [
  {
    key: "settled",
    borrower: "hengxin",
    title: "模具钢材采购周转",
    purpose: "采购模具钢和不锈钢板材，用于一季度出口五金件订单的生产，货款在交货后 60 天内回笼。",
    amountYuan: 200_000,
    annualRateBp: 1000,
    termMonths: 3,
    repaymentMethod: "EQUAL_PRINCIPAL",
    riskGrade: "A",
    publishedAgo: 212,
    shares: [80_000, 70_000, 50_000],
  },
  {
    key: "bad-debt",
    borrower: "ruifeng",
    title: "外贸订单面料采购",
    purpose: "为欧洲客户的秋冬鞋款订单采购皮革和里布面料，预计出货后 90 天收回货款。",
    amountYuan: 250_000,
    annualRateBp: 1300,
    termMonths: 6,
    repaymentMethod: "EQUAL_INSTALLMENT",
    riskGrade: "C",
    publishedAgo: 200,
    shares: [100_000, 100_000, 50_000],
  },
  {
    key: "repaying",
    borrower: "hengxin",
    title: "出口订单备货周转",
    purpose: "为北美五金工具订单备货，支付铸件、包装和海运订舱费用。",
    amountYuan: 300_000,
    annualRateBp: 1050,
    termMonths: 12,
    repaymentMethod: "EQUAL_INSTALLMENT",
    riskGrade: "A",
    publishedAgo: 110,
    shares: [100_000, 120_000, 80_000],
  },
  {
    key: "overdue",
    borrower: "xinda",
    title: "纸箱生产线原料备货",
    purpose: "采购瓦楞原纸和淀粉胶，保障旺季纸箱订单的生产，客户按月结算货款。",
    amountYuan: 300_000,
    annualRateBp: 1150,
    termMonths: 6,
    repaymentMethod: "EQUAL_INSTALLMENT",
    riskGrade: "B",
    publishedAgo: 85,
    shares: [120_000, 100_000, 80_000],
  },
];

interface Cast {
  investors: (Actor & { name: string })[];
  borrowers: Record<Borrower, Actor & { name: string; companyId: string }>;
  cs: Actor;
  cs2: Actor;
  sup: Actor;
  sup2: Actor;
}

type Step = { at: Date; what: string; run: () => Promise<unknown> };

export async function seedLoanBook(db: Db, now: Date = getClock().now(), zone: string = getBusinessTimeZone()): Promise<{ steps: number }> {
  const cast = await loadCast(db);
  const companyIds = Object.values(cast.borrowers).map((b) => b.companyId);
  if ((await db.loanProject.count({ where: { companyId: { in: companyIds } } })) > 0) return { steps: 0 };

  const steps = bookStory(now, zone, cast);
  const clock = settableClock(steps[0]?.at ?? now, zone);
  const story = clockedDb(db, clock);
  const form = loanRequestSchema(await getLoanLimits(db));
  const context: StoryContext = { db: story, clock, cast, form, projects: new Map(), payouts: new Map(), serial: 0 };
  for (const step of steps) {
    if (step.at.getTime() > now.getTime()) throw new Error(`The loan book's step "${step.what}" falls after now`);
    clock.set(step.at);
    try {
      await step.run.call(context);
    } catch (error) {
      throw new Error(`Loan book: ${step.what} failed`, { cause: error });
    }
  }
  return { steps: steps.length };
}

interface StoryContext {
  db: Db;
  clock: SettableClock;
  cast: Cast;
  form: ReturnType<typeof loanRequestSchema>;
  /** Loan key → project id. */
  projects: Map<string, string>;
  /** Loan key → payout outflow id. */
  payouts: Map<string, string>;
  serial: number;
}

async function loadCast(db: Db): Promise<Cast> {
  const emails = [
    ...INVESTORS,
    ...Object.values(BORROWERS).map((b) => b.email),
    "cs@demo.lend",
    "cs2@demo.lend",
    "sup@demo.lend",
    "sup2@demo.lend",
  ];
  const rows = await db.user.findMany({
    where: { email: { in: emails } },
    select: {
      id: true,
      email: true,
      role: true,
      investorProfile: { select: { realName: true } },
      company: { select: { id: true, name: true } },
    },
  });
  const byEmail = (email: string) => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`seedLoanBook needs the demo account ${email}: run seedAccounts first`);
    return row;
  };
  const borrower = (key: Borrower) => {
    const row = byEmail(BORROWERS[key].email);
    if (!row.company) throw new Error(`${row.email} is not a company`);
    return { id: row.id, role: row.role, name: row.company.name, companyId: row.company.id };
  };
  const actor = (email: string): Actor => ({ id: byEmail(email).id, role: byEmail(email).role });
  return {
    investors: INVESTORS.map((email) => ({ ...actor(email), name: byEmail(email).investorProfile?.realName ?? "" })),
    borrowers: { hengxin: borrower("hengxin"), xinda: borrower("xinda"), ruifeng: borrower("ruifeng") },
    cs: actor("cs@demo.lend"),
    cs2: actor("cs2@demo.lend"),
    sup: actor("sup@demo.lend"),
    sup2: actor("sup2@demo.lend"),
  };
}

/** The book's story, oldest step first. */
function bookStory(now: Date, zone: string, cast: Cast): Step[] {
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY + hours * HOUR);
  /** `hour`:00 on a business date, in the business zone. */
  const on = (date: BusinessDate, hour: number) => new Date(startOfBusinessDay(date, zone).getTime() + hour * HOUR);
  const steps: Step[] = [];
  const add = (at: Date, what: string, run: (this: StoryContext) => Promise<unknown>) => steps.push({ at, what, run });

  // Cards first (the payout goes to the company's card), then the investors' deposits for everything they invest.
  for (const [key, borrower] of Object.entries(BORROWERS) as [Borrower, (typeof BORROWERS)[Borrower]][]) {
    add(ago(230), `${key} binds its card`, function () {
      return bindCard(this, cast.borrowers[key], borrower.card);
    });
  }
  cast.investors.forEach((investor, index) => {
    const total = LOAN_BOOK.reduce((sum, loan) => sum + loan.shares[index], 0);
    add(ago(225, index), `${investor.name} deposits`, function () {
      return deposit(this, investor.id, yuan(total));
    });
  });

  for (const loan of LOAN_BOOK) {
    const published = loan.publishedAgo;
    add(ago(published + 3), `${loan.title}: drafted`, async function () {
      const { id } = await createLoanDraft(this.db, cast.borrowers[loan.borrower].id, this.form.parse(formOf(loan)));
      this.projects.set(loan.key, id);
    });
    add(ago(published + 2), `${loan.title}: submitted`, function () {
      return submitLoanRequest(this.db, cast.borrowers[loan.borrower], project(this, loan), this.clock);
    });
    add(ago(published + 1), `${loan.title}: passed`, function () {
      return passPreliminaryReview(this.db, cast.cs, project(this, loan));
    });
    add(ago(published), `${loan.title}: published`, function () {
      return publishLoanProject(this.db, cast.sup, project(this, loan), { riskGrade: loan.riskGrade }, this.clock);
    });
    cast.investors.forEach((investor, index) => {
      add(ago(published - 1, index), `${loan.title}: ${investor.name} invests`, async function () {
        const placed = await placeInvestment(
          this.db,
          { investorId: investor.id, projectId: project(this, loan), amountFen: yuan(loan.shares[index]), riskNoticeAccepted: true },
          { clock: this.clock },
        );
        if (placed.status === "PENDING") await confirmInvestment(this.db, cast.cs2, placed.id, { clock: this.clock });
      });
    });
    add(ago(published - 2), `${loan.title}: payout approved`, async function () {
      const payout = await approveDisbursement(this.db, cast.sup2, project(this, loan), this.clock);
      this.payouts.set(loan.key, payout.id);
    });
    add(disbursedAt(now, loan), `${loan.title}: payout transferred`, function () {
      this.serial += 1;
      const serial = `SBT${businessDateOf(this.clock.now(), zone).replaceAll("-", "")}9${String(this.serial).padStart(5, "0")}`;
      return recordOutflowTransfer(this.db, cast.cs, this.payouts.get(loan.key) as string, serial, { clock: this.clock });
    });
  }

  const loan = (key: string) => LOAN_BOOK.find((l) => l.key === key) as BookLoan;
  const due = (key: string, n: number) => dueDateOf(now, zone, loan(key), n);
  const markOverdue = (at: Date, why: string) =>
    add(at, `the daily overdue job (${why})`, function () {
      return findJob("mark-overdue").run(this.db, this.clock);
    });

  // 模具钢材采购周转: every instalment paid on its due date, the last one settling the loan.
  for (let n = 1; n <= loan("settled").termMonths; n++) {
    add(on(due("settled", n), 9), `模具钢材采购周转: instalment ${n} paid`, function () {
      return repayInstalment(this, cast.borrowers.hengxin, loan("settled"), n);
    });
  }
  // 出口订单备货周转: the first three instalments paid on their due dates.
  for (let n = 1; n <= 3; n++) {
    add(on(due("repaying", n), 9), `出口订单备货周转: instalment ${n} paid`, function () {
      return repayInstalment(this, cast.borrowers.hengxin, loan("repaying"), n);
    });
  }
  // 纸箱生产线原料备货: the first instalment paid, the second not; the job marks it overdue past the grace days.
  add(on(due("overdue", 1), 11), "纸箱生产线原料备货: instalment 1 paid", function () {
    return repayInstalment(this, cast.borrowers.xinda, loan("overdue"), 1);
  });
  markOverdue(on(addDays(due("overdue", 2), 4), 1), "鑫达 overdue");
  // 外贸订单面料采购: nothing paid. Overdue past the grace days, then 90 days: customer service files the bad-debt
  // declaration and the blacklisting, two supervisors approve them.
  markOverdue(on(addDays(due("bad-debt", 1), 4), 1), "瑞丰 overdue");
  const ninetyDays = addDays(due("bad-debt", 1), 90);
  markOverdue(on(ninetyDays, 1), "瑞丰 90 days overdue");
  add(on(ninetyDays, 10), "外贸订单面料采购: bad debt declared", async function () {
    const request = await createReviewRequest(this.db, {
      maker: cast.cs,
      targetType: "LOAN_PROJECT",
      targetId: project(this, loan("bad-debt")),
      action: "DECLARE_BAD_DEBT",
      reason: "首期逾期满 90 天，电话及函件催收均无回应，企业已停产。",
    });
    this.clock.set(on(ninetyDays, 15));
    await approveReviewRequest(
      this.db,
      { checker: cast.sup, requestId: request.id, decisionReason: "同意认定坏账。" },
      { clock: this.clock },
    );
  });
  add(on(addDays(ninetyDays, 1), 10), "瑞丰 blacklisted", async function () {
    const request = await requestCompanyStatusChange(this.db, cast.cs2, {
      companyId: cast.borrowers.ruifeng.companyId,
      event: "BLACKLIST",
      reason: "借款项目“外贸订单面料采购”已认定坏账。",
    });
    this.clock.set(on(addDays(ninetyDays, 1), 14));
    await approveReviewRequest(
      this.db,
      { checker: cast.sup2, requestId: request.id, decisionReason: "同意列入黑名单。" },
      { clock: this.clock },
    );
  });
  // 恒信: more than a year on the platform without an overdue instalment: upgraded to GOOD.
  add(ago(10), "恒信 upgraded", async function () {
    const request = await requestCompanyStatusChange(this.db, cast.cs, {
      companyId: cast.borrowers.hengxin.companyId,
      event: "UPGRADE",
      reason: "在平台超过 12 个月，两笔借款均按期还款，无逾期记录。",
    });
    this.clock.set(ago(9));
    await approveReviewRequest(
      this.db,
      { checker: cast.sup2, requestId: request.id, decisionReason: "同意升级为良好。" },
      { clock: this.clock },
    );
  });
  // Today's run: penalty accrued to today on everything overdue.
  markOverdue(new Date(now.getTime() - 60_000), "today");
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The company pays instalment `n` in full from its wallet, as it is owed when paid (on time: no penalty). The
 * payout went to its bank card: it tops its wallet up through the checkout with the amount first.
 */
async function repayInstalment(context: StoryContext, company: Actor, loan: BookLoan, n: number) {
  const projectId = project(context, loan);
  const instalment = await context.db.repaymentInstalment.findUniqueOrThrow({ where: { projectId_number: { projectId, number: n } } });
  const owed =
    instalment.principalFen -
    instalment.paidPrincipalFen +
    instalment.interestFen -
    instalment.paidInterestFen -
    instalment.interestWaivedFen +
    instalment.penaltyFen -
    instalment.paidPenaltyFen;
  await deposit(context, company.id, owed);
  await repayFromWallet(context.db, company, { projectId, amountFen: owed }, { clock: context.clock });
}

/** 10:00 three days after publication: when customer service transferred the payout (the schedule's start). */
function disbursedAt(now: Date, loan: BookLoan): Date {
  return new Date(now.getTime() - (loan.publishedAgo - 3) * DAY);
}

/** The business date instalment `n` of the loan falls due (the schedule's rule: payout date + n months). */
export function dueDateOf(now: Date, zone: string, loan: BookLoan, n: number): BusinessDate {
  return addMonths(businessDateOf(disbursedAt(now, loan), zone), n);
}

function project(context: StoryContext, loan: BookLoan): string {
  const id = context.projects.get(loan.key);
  if (!id) throw new Error(`${loan.title} has no project yet`);
  return id;
}

function formOf(loan: BookLoan) {
  return {
    title: loan.title,
    purpose: loan.purpose,
    amount: String(loan.amountYuan),
    annualRate: formatRateBp(loan.annualRateBp),
    termMonths: String(loan.termMonths),
    repaymentMethod: loan.repaymentMethod,
    fundraisingDays: "10",
    minInvestment: "100",
  };
}

async function bindCard(context: StoryContext, owner: Actor & { name: string }, card: { bank: keyof typeof COMMON_BANKS; number: string }) {
  await bindBankCard(
    context.db,
    owner.id,
    { holderName: owner.name, bankName: COMMON_BANKS[card.bank], cardNumber: card.number, luhnConfirmed: false },
    { clock: context.clock },
  );
}

/** A deposit paid through the checkout: opened, then the gateway's verified notification credits it. */
async function deposit(context: StoryContext, userId: string, amountFen: bigint) {
  const { db, clock } = context;
  const { depositId } = await createDeposit(
    db,
    { userId, amountFen },
    { gateway: storyGateway, clock, returnUrl: (orderNo) => `/deposit?orderNo=${orderNo}` },
  );
  context.serial += 1;
  const at = clock.now().toISOString();
  await handleGatewayNotification(
    db,
    {
      id: `msg_seed_book_${context.serial}`,
      notification: {
        type: "payment.succeeded",
        timestamp: at,
        data: {
          orderNo: depositId,
          purpose: "DEPOSIT",
          amountFen: amountFen.toString(),
          currency: "CNY",
          gatewaySerial: `SEEDB${String(context.serial).padStart(6, "0")}`,
          paidAt: at,
        },
      },
    },
    clock,
  );
}
