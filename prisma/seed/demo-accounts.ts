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

export const DEMO_COMPANIES = [
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
];
