import type { Role } from "@/lib/generated/prisma/enums";
import { ALL_ROLES } from "./roles";

/**
 * Who may do what that is not a lifecycle event (lifecycle events are the machines' event metadata plus
 * lib/domain/permissions). With the machines this is the whole permission source: action wrappers take
 * their role gate from here (capabilityAction) or from the events (eventAction), services check it with
 * assertCan, and tests/authz renders both into docs/.
 */
export const CAPABILITIES = {
  /** Change one's own password. */
  "account.password": ALL_ROLES,
  /** Investor identity verification (实名认证), their own. */
  "investor.verify": ["INVESTOR"],
  /** Investing (投标) in a project open for funding, with the investor's own money. */
  "investment.place": ["INVESTOR"],
  /** The company's own profile and documents, and submitting them for verification (企业认证). */
  "company.profile": ["COMPANY"],
  /** Reading any company's verification documents: the reviewers (the admin runs accounts, not reviews). */
  "company.documents.review": ["CUSTOMER_SERVICE", "SUPERVISOR"],
  /** One's own wallet (钱包): balances, transactions (资金流水) and their CSV; investors and companies hold money. */
  "wallet.own": ["INVESTOR", "COMPANY"],
  /** Drafting the company's own loan requests (creating and editing a DRAFT). */
  "loanRequest.draft": ["COMPANY"],
  /** Depositing (充值) into one's own wallet through the gateway's checkout; the verified ones (mayDeposit). */
  "deposit.create": ["INVESTOR", "COMPANY"],
  /** Platform settings: loan limits, footer, invitation lifetime. */
  "platform.settings": ["ADMIN"],
  /** Staff accounts: create, invite, change role or status, reset a second factor. */
  "staff.manage": ["ADMIN"],
  /** The audit log. */
  "audit.read": ["ADMIN"],
  /** A new payout for a loan whose approved payout failed before its transfer (the money waits in escrow). */
  "payout.reissue": ["SUPERVISOR"],
  /** Binding and unbinding one's own bank cards (银行卡), the only destinations of withdrawals and payouts. */
  "bankCard.manage": ["INVESTOR", "COMPANY"],
  /** Asking to withdraw one's own available balance to one's own bound card (提现). */
  "withdrawal.request": ["INVESTOR", "COMPANY"],
  /** Reading an outflow's full card number to make the transfer by hand (划账); every reading is audited. */
  "outflow.revealCard": ["CUSTOMER_SERVICE"],
  /** Repaying the company's own loans (还款): from its wallet, through checkout, or early (提前还款). */
  "loan.repay": ["COMPANY"],
  /** The console's notice of supervisor grants of the last 30 days (issue 7 §4): every supervisor sees who was made one. */
  "supervisorGrants.read": ["SUPERVISOR"],
  /** The staff record pages of a project, company, investment, deposit or outflow (issue 13 §4): read only. */
  "records.view": ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"],
  /** The staff landing's charts (issue 13 item 3): volume financed, repayments, overdue rate and aging. */
  "dashboard.charts": ["SUPERVISOR", "ADMIN"],
  /** The development e-mail outbox (/admin/outbox, only while SMTP is not configured): it holds activation links. */
  "outbox.read": ["ADMIN"],
  /** One's own notifications (消息通知): read them, mark them read. */
  "notifications.own": ALL_ROLES,
  /** Importing the payment gateway's statement for reconciliation (对账): customer service (issue 13). */
  "reconciliation.import": ["CUSTOMER_SERVICE"],
  /** Reading statement imports, reconciliation differences and the daily reconciliation report. */
  "reconciliation.view": ["CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** The roles that have `capability`. */
export const rolesWith = (capability: Capability): readonly Role[] => CAPABILITIES[capability];

/** Whether `role` has `capability`. */
export const can = (role: Role, capability: Capability): boolean => (CAPABILITIES[capability] as readonly Role[]).includes(role);
