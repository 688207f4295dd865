import { COMMON_BANKS } from "@/lib/domain/bank-cards";
import type { Actor } from "@/lib/domain/permissions";
import { bindBankCard } from "@/lib/server/bank-cards";
import { getBusinessTimeZone, getClock } from "@/lib/server/clock";
import type { Db } from "@/lib/server/db/types";
import { createDeposit } from "@/lib/server/deposits/create-deposit";
import { handleGatewayNotification } from "@/lib/server/deposits/handle-gateway-notification";
import { approveDisbursement } from "@/lib/server/disbursement/approve-disbursement";
import { requestProjectCancel } from "@/lib/server/disbursement/cancel-project";
import { cancelInvestment, confirmInvestment, placeInvestment, rejectInvestment } from "@/lib/server/investments";
import { approveOutflow, recordOutflowTransfer } from "@/lib/server/outflows";
import type { CheckoutOrder, PaymentGateway } from "@/lib/server/payments";
import { approveReviewRequest } from "@/lib/server/review-requests";
import { requestWithdrawal } from "@/lib/server/withdrawals";
import { clockedDb, type SettableClock, settableClock } from "./seed-clock";

/**
 * The demo's money, told through the application's services after the projects' story (seed-projects.ts), on
 * a settable clock as there: bank cards bound; deposits paid (the gateway's notification handled by the same
 * service as the webhook's), one failed and one still open; investments placed, confirmed, rejected and
 * cancelled; one project filled and waiting for the supervisor's full-subscription review, one approved and
 * waiting for customer service's transfer (DISBURSING), one paid out (REPAYING, schedule and claims stored); one
 * cancelled through a CS request approved by a supervisor (its investment REFUNDED); two withdrawals, one
 * transferred and one waiting for approval.
 *
 * The seed has no payment gateway to talk to: its deposits' checkouts are opened on a gateway that only
 * records the order, and their payments arrive as the verified notifications a gateway would send. So the
 * sandbox's own statement does not list the demo's payments (reconciliation, a later issue, must know it).
 *
 * Idempotent: does nothing when any deposit exists.
 */

const HOUR = 3_600_000;
const yuan = (amount: number) => BigInt(amount) * 100n;

/** A gateway for the seed's story: opens nothing, the payment is told by `paid` below. */
export const storyGateway: PaymentGateway = {
  async createCheckout(order: CheckoutOrder) {
    return { checkoutUrl: `about:blank#${order.orderNo}` };
  },
  async queryOrder() {
    return null;
  },
  async fetchStatement() {
    return '{"from":null,"to":null,"currency":"CNY","movements":[],"totals":{}}';
  },
};

const CARDS = {
  "investor@demo.lend": { bank: "ICBC", number: "6222021000123456781" },
  "investor2@demo.lend": { bank: "CCB", number: "6217000001234567891" },
  "investor3@demo.lend": { bank: "ABC", number: "6228480012345678903" },
  "company@demo.lend": { bank: "CMB", number: "6225880012345678905" },
  "company2@demo.lend": { bank: "BOC", number: "6212261000123456781" },
} as const;

type Email = keyof typeof CARDS;

interface Cast {
  users: Map<Email, Actor & { name: string }>;
  cs: Actor;
  cs2: Actor;
  sup: Actor;
  sup2: Actor;
  projects: Map<string, string>;
}

export async function seedMoney(db: Db, now: Date = getClock().now(), zone: string = getBusinessTimeZone()): Promise<{ steps: number }> {
  if ((await db.deposit.count()) > 0) return { steps: 0 };
  const cast = await loadCast(db);
  const clock = settableClock(new Date(now.getTime() - 7 * 24 * HOUR), zone);
  const story = clockedDb(db, clock);
  const steps = moneyStory(story, clock, cast);
  for (const [ago, step] of steps) {
    clock.set(new Date(now.getTime() - ago));
    await step();
  }
  return { steps: steps.length };
}

async function loadCast(db: Db): Promise<Cast> {
  const emails = [...Object.keys(CARDS), "cs@demo.lend", "cs2@demo.lend", "sup@demo.lend", "sup2@demo.lend"];
  const rows = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, role: true, investorProfile: { select: { realName: true } }, company: { select: { name: true } } },
  });
  const byEmail = (email: string) => {
    const row = rows.find((r) => r.email === email);
    if (!row) throw new Error(`seedMoney needs the demo account ${email}: run seedAccounts first`);
    return row;
  };
  const users = new Map<Email, Actor & { name: string }>();
  for (const email of Object.keys(CARDS) as Email[]) {
    const row = byEmail(email);
    users.set(email, { id: row.id, role: row.role, name: row.investorProfile?.realName ?? row.company?.name ?? "" });
  }
  const actor = (email: string): Actor => {
    const row = byEmail(email);
    return { id: row.id, role: row.role };
  };
  const titles = ["冷库扩容周转资金", "有机蔬菜基地订单采购", "冷链车队油费及路桥费周转", "中央厨房设备升级", "电商旺季运力扩充"];
  const projects = await db.loanProject.findMany({
    where: { title: { in: titles }, status: "FUNDRAISING" },
    select: { id: true, title: true },
  });
  if (projects.length !== titles.length) throw new Error("seedMoney needs the demo projects open for funding: run seedProjects first");
  return {
    users,
    cs: actor("cs@demo.lend"),
    cs2: actor("cs2@demo.lend"),
    sup: actor("sup@demo.lend"),
    sup2: actor("sup2@demo.lend"),
    projects: new Map(projects.map((p) => [p.title, p.id])),
  };
}

type Step = readonly [ago: number, run: () => Promise<unknown>];

/** The story, oldest step first: [how long before now, what happens]. */
function moneyStory(db: Db, clock: SettableClock, cast: Cast): Step[] {
  const user = (email: Email) => cast.users.get(email) as Actor & { name: string };
  const project = (title: string) => cast.projects.get(title) as string;
  const investments = new Map<string, string>();
  const outflows = new Map<string, string>();
  let serial = 0;

  const bind = (email: Email) => async () => {
    const card = CARDS[email];
    await bindBankCard(
      db,
      user(email).id,
      {
        holderName: user(email).name,
        bankName: COMMON_BANKS[card.bank],
        cardNumber: card.number,
        luhnConfirmed: false,
      },
      { clock },
    );
  };
  const deposit = (email: Email, amount: number, outcome: "paid" | "failed" | "open") => async () => {
    const { depositId } = await createDeposit(
      db,
      { userId: user(email).id, amountFen: yuan(amount) },
      { gateway: storyGateway, clock, returnUrl: (orderNo) => `/deposit?orderNo=${orderNo}` },
    );
    if (outcome === "open") return;
    serial += 1;
    const at = clock.now().toISOString();
    await handleGatewayNotification(
      db,
      {
        id: `msg_seed_${serial}`,
        notification: {
          type: outcome === "paid" ? "payment.succeeded" : "payment.failed",
          timestamp: at,
          data: {
            orderNo: depositId,
            purpose: "DEPOSIT",
            amountFen: yuan(amount).toString(),
            currency: "CNY",
            gatewaySerial: outcome === "paid" ? `SEEDP${String(serial).padStart(6, "0")}` : null,
            paidAt: outcome === "paid" ? at : null,
          },
        },
      },
      clock,
    );
  };
  const invest = (key: string, email: Email, title: string, amount: number) => async () => {
    const placed = await placeInvestment(
      db,
      { investorId: user(email).id, projectId: project(title), amountFen: yuan(amount), riskNoticeAccepted: true },
      { clock },
    );
    investments.set(key, placed.id);
  };
  const confirm =
    (...keys: string[]) =>
    async () => {
      for (const key of keys) await confirmInvestment(db, cast.cs, investments.get(key) as string, { clock });
    };
  const approvePayout = (title: string) => async () => {
    const payout = await approveDisbursement(db, cast.sup, project(title), clock);
    outflows.set(title, payout.id);
  };
  const withdraw = (key: string, email: Email, amount: number) => async () => {
    const card = await db.bankCard.findFirstOrThrow({ where: { userId: user(email).id, unboundAt: null }, select: { id: true } });
    const outflow = await requestWithdrawal(db, { userId: user(email).id, amountFen: yuan(amount), bankCardId: card.id }, { clock });
    outflows.set(key, outflow.id);
  };

  return [
    [7 * 24 * HOUR, bind("investor@demo.lend")],
    [7 * 24 * HOUR - 10 * 60_000, bind("investor2@demo.lend")],
    [7 * 24 * HOUR - 20 * 60_000, bind("investor3@demo.lend")],
    [7 * 24 * HOUR - 30 * 60_000, bind("company@demo.lend")],
    [7 * 24 * HOUR - 40 * 60_000, bind("company2@demo.lend")],
    [6 * 24 * HOUR, deposit("investor@demo.lend", 300_000, "paid")],
    [6 * 24 * HOUR - HOUR, deposit("investor2@demo.lend", 20_000, "failed")],
    [6 * 24 * HOUR - 2 * HOUR, deposit("investor2@demo.lend", 500_000, "paid")],
    [5 * 24 * HOUR, deposit("investor3@demo.lend", 400_000, "paid")],
    [5 * 24 * HOUR - HOUR, deposit("company@demo.lend", 50_000, "paid")],
    // 中央厨房设备升级 (published 5 days ago): one of each review outcome, and one still waiting.
    [4 * 24 * HOUR, invest("kitchen-confirmed", "investor2@demo.lend", "中央厨房设备升级", 20_000)],
    [4 * 24 * HOUR - HOUR, invest("kitchen-rejected", "investor2@demo.lend", "中央厨房设备升级", 5_000)],
    [4 * 24 * HOUR - 2 * HOUR, invest("kitchen-cancelled", "investor3@demo.lend", "中央厨房设备升级", 2_000)],
    [3 * 24 * HOUR, confirm("kitchen-confirmed")],
    [
      3 * 24 * HOUR - HOUR,
      () =>
        rejectInvestment(
          db,
          cast.cs,
          investments.get("kitchen-rejected") as string,
          "该投资人今日已撤回同一项目的投资申请，请核对后重新提交。",
          { clock },
        ),
    ],
    [
      3 * 24 * HOUR - 2 * HOUR,
      () => cancelInvestment(db, user("investor3@demo.lend"), investments.get("kitchen-cancelled") as string, { clock }),
    ],
    // 电商旺季运力扩充 (published 3 days ago): cancelled by customer service with a supervisor's approval (流标).
    [2 * 24 * HOUR + 6 * HOUR, invest("peak-refunded", "investor3@demo.lend", "电商旺季运力扩充", 1_000)],
    // 冷库扩容周转资金 (published 2 days ago): filled, approved and paid out.
    [40 * HOUR, invest("cold-1", "investor@demo.lend", "冷库扩容周转资金", 200_000)],
    [36 * HOUR, invest("cold-2", "investor2@demo.lend", "冷库扩容周转资金", 300_000)],
    [34 * HOUR, confirm("cold-1", "cold-2")],
    [
      33 * HOUR,
      async () => {
        const request = await requestProjectCancel(db, cast.cs, project("电商旺季运力扩充"), "企业来函：旺季合同取消，申请撤回本次借款。");
        await approveReviewRequest(db, { checker: cast.sup2, requestId: request.id, decisionReason: "已核实企业来函。" }, { clock });
      },
    ],
    [30 * HOUR, approvePayout("冷库扩容周转资金")],
    [26 * HOUR, () => recordOutflowTransfer(db, cast.cs2, outflows.get("冷库扩容周转资金") as string, "SBT20261130000001", { clock })],
    // 有机蔬菜基地订单采购 (published 1 day ago): filled and approved; the transfer is customer service's to make.
    [20 * HOUR, invest("veg-1", "investor2@demo.lend", "有机蔬菜基地订单采购", 150_000)],
    [18 * HOUR, invest("veg-2", "investor3@demo.lend", "有机蔬菜基地订单采购", 150_000)],
    [12 * HOUR, confirm("veg-1", "veg-2")],
    [8 * HOUR, approvePayout("有机蔬菜基地订单采购")],
    // Withdrawals: one transferred, one waiting for the supervisor.
    [7 * HOUR, withdraw("w-done", "investor3@demo.lend", 10_000)],
    [6 * HOUR + 30 * 60_000, () => approveOutflow(db, cast.sup, outflows.get("w-done") as string, { clock })],
    [6 * HOUR + 15 * 60_000, () => recordOutflowTransfer(db, cast.cs, outflows.get("w-done") as string, "SBT20261130000002", { clock })],
    // 冷链车队油费及路桥费周转 (published 6 hours ago): filled and confirmed, waiting for the full-subscription review.
    [5 * HOUR, invest("fleet-1", "investor@demo.lend", "冷链车队油费及路桥费周转", 50_000)],
    [4 * HOUR, invest("fleet-2", "investor3@demo.lend", "冷链车队油费及路桥费周转", 150_000)],
    [3 * HOUR, confirm("fleet-1", "fleet-2")],
    [2 * HOUR, invest("kitchen-pending", "investor@demo.lend", "中央厨房设备升级", 10_000)],
    [HOUR, withdraw("w-waiting", "investor@demo.lend", 5_000)],
    [30 * 60_000, deposit("investor3@demo.lend", 1_000, "open")],
  ];
}
