import type { Role } from "@/lib/generated/prisma/enums";

/** Documented in the README; every demo account shares one password. */
export const DEMO_PASSWORD = "demo-pass-2026";

export const DEMO_STAFF: { email: string; displayName: string; role: Role }[] = [
  { email: "admin@demo.lend", displayName: "Admin Wang", role: "ADMIN" },
  { email: "cs@demo.lend", displayName: "CS Li", role: "CUSTOMER_SERVICE" },
  { email: "cs2@demo.lend", displayName: "CS Zhao", role: "CUSTOMER_SERVICE" },
  { email: "sup@demo.lend", displayName: "Supervisor Chen", role: "SUPERVISOR" },
  { email: "sup2@demo.lend", displayName: "Supervisor Liu", role: "SUPERVISOR" },
];

export const DEMO_INVESTORS = [
  { email: "investor@demo.lend", realName: "张伟", idNumber: "110101199003074477", phone: "13800000001" },
  { email: "investor2@demo.lend", realName: "王芳", idNumber: "11010519491231002X", phone: "13800000002" },
  { email: "investor3@demo.lend", realName: "李娜", idNumber: "440524198801010011", phone: "13800000003" },
];

/**
 * When a company's verification happened, in days before the seed's "now" (DEMO_TIMELINE in seed-accounts.ts
 * when absent). The loan book's borrowers (seed-loan-book.ts) have a longer past: their loans ran for months.
 */
export interface CompanyHistory {
  registered: number;
  profileCompleted: number;
  activationRequested: number;
  activated: number;
}

export const DEMO_COMPANIES: {
  email: string;
  name: string;
  creditCode: string;
  legalRepresentative: string;
  contactPhone: string;
  industry: string;
  address?: string;
  registeredCapitalFen: bigint;
  /** The status the demo leaves it in (the loan book's story takes the borrowers there). */
  status: "NORMAL" | "GOOD" | "WATCH" | "BLACKLIST" | "INVALID";
  history?: CompanyHistory;
}[] = [
  {
    email: "company@demo.lend",
    name: "杭州青禾食品有限公司",
    creditCode: "91350100M000100Y43",
    legalRepresentative: "陈建国",
    contactPhone: "13900000001",
    industry: "食品加工",
    address: "浙江省杭州市余杭区仓前街道文一西路 1001 号",
    registeredCapitalFen: 500_000_000n,
    status: "NORMAL" as const,
  },
  {
    email: "company2@demo.lend",
    name: "深圳蓝海物流有限公司",
    creditCode: "91110000600037341L",
    legalRepresentative: "刘海",
    contactPhone: "13900000002",
    industry: "物流运输",
    address: "广东省深圳市宝安区福永街道福海路 88 号",
    registeredCapitalFen: 1_000_000_000n,
    status: "NORMAL" as const,
  },
  {
    email: "newco@demo.lend",
    name: "苏州启明科技有限公司",
    creditCode: "9144030071526726XG",
    legalRepresentative: "周明",
    contactPhone: "13900000003",
    industry: "软件与信息技术",
    registeredCapitalFen: 200_000_000n,
    status: "INVALID" as const,
  },
  // The loan book's borrowers (seed-loan-book.ts): one repaid on time and upgraded, one overdue, one in bad debt.
  {
    email: "hengxin@demo.lend",
    name: "宁波恒信五金制品有限公司",
    creditCode: "91330206MA2AG7KX30",
    legalRepresentative: "孙立新",
    contactPhone: "13900000004",
    industry: "五金制造",
    address: "浙江省宁波市北仑区小港街道红联渡口路 58 号",
    registeredCapitalFen: 300_000_000n,
    status: "GOOD" as const,
    history: { registered: 440, profileCompleted: 430, activationRequested: 427, activated: 425 },
  },
  {
    email: "xinda@demo.lend",
    name: "东莞鑫达包装材料有限公司",
    creditCode: "91441900MA4W8QRD1P",
    legalRepresentative: "黄志强",
    contactPhone: "13900000005",
    industry: "包装材料",
    address: "广东省东莞市长安镇振安中路 166 号",
    registeredCapitalFen: 200_000_000n,
    status: "WATCH" as const,
    history: { registered: 200, profileCompleted: 190, activationRequested: 187, activated: 185 },
  },
  {
    email: "ruifeng@demo.lend",
    name: "温州瑞丰鞋业有限公司",
    creditCode: "91330381MA2HN3LP52",
    legalRepresentative: "林国华",
    contactPhone: "13900000006",
    industry: "鞋类制造",
    address: "浙江省温州市瑞安市塘下镇鲍田工业区 9 号",
    registeredCapitalFen: 150_000_000n,
    status: "BLACKLIST" as const,
    history: { registered: 330, profileCompleted: 320, activationRequested: 317, activated: 315 },
  },
];
