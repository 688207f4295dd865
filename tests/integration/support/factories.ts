import { randomBytes } from "node:crypto";
import type { Company, CompanyStatus, LoanProject, LoanStatus, Prisma, Role, User } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/server/db/types";

/** Small, generic test-data makers: rows are written directly with Prisma, bypassing the services. */

const unique = () => `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;

export async function createUser(
  db: DbOrTx,
  { role = "INVESTOR", ...rest }: { role?: Role } & Partial<Prisma.UserUncheckedCreateInput> = {},
): Promise<User> {
  const id = unique();
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${id}@example.test`,
      passwordHash: "not-a-real-hash",
      displayName: `${role} ${id}`,
      role,
      ...rest,
    },
  });
}

export async function createCompany(
  db: DbOrTx,
  { status = "NORMAL", userId, ...rest }: { status?: CompanyStatus; userId?: string } & Partial<Prisma.CompanyUncheckedCreateInput> = {},
): Promise<Company> {
  const owner = userId ?? (await createUser(db, { role: "COMPANY" })).id;
  const id = unique();
  return db.company.create({
    data: {
      userId: owner,
      name: `Company ${id}`,
      creditCode: `TEST${id}`.toUpperCase(),
      legalRepresentative: "Zhang San",
      contactPhone: "13800000000",
      industry: "Manufacturing",
      registeredCapitalFen: 100_000_000n,
      status,
      ...rest,
    },
  });
}

export async function createLoanProject(
  db: DbOrTx,
  {
    status = "DRAFT",
    companyId,
    ...rest
  }: { status?: LoanStatus; companyId?: string } & Partial<Prisma.LoanProjectUncheckedCreateInput> = {},
): Promise<LoanProject> {
  const company = companyId ?? (await createCompany(db)).id;
  return db.loanProject.create({
    data: {
      companyId: company,
      title: "Working capital",
      purpose: "Buy raw materials",
      amountFen: 10_000_000n,
      annualRateBp: 1200,
      termMonths: 12,
      repaymentMethod: "EQUAL_INSTALLMENT",
      fundraisingDays: 10,
      minInvestmentFen: 10_000n,
      status,
      ...rest,
    },
  });
}
