import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyInvestor } from "@/lib/server/accounts/verify-investor";
import { hashPii } from "@/lib/server/security/pii";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { uniqueEmail, validResidentId } from "./helpers";

describe("investor verification under concurrency (PostgreSQL)", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ poolSize: 12 });
  });
  afterAll(async () => {
    await db.close();
  });

  it("ten simultaneous verifications of one investor store exactly one identity, never overwritten", async () => {
    const user = await createUser(db.prisma, { role: "INVESTOR", email: uniqueEmail("race") });
    const ids = Array.from({ length: 10 }, () => validResidentId());
    const results = await Promise.allSettled(
      ids.map((idNumber, i) =>
        verifyInvestor(db.prisma, user.id, { realName: `投资人${i}`, idNumber, phone: "13800000000" }, `10.0.0.${i + 1}`),
      ),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    // The losers are refused as already verified, or held back by the per-account verification limit.
    for (const r of results) if (r.status === "rejected") expect(["CONFLICT", "TOO_MANY_ATTEMPTS"]).toContain(r.reason.code);
    const stored = await db.prisma.investorProfile.findUniqueOrThrow({ where: { userId: user.id } });
    const winner = (fulfilled[0] as PromiseFulfilledResult<{ realName: string; idNumberHash: string }>).value;
    expect(stored.realName).toBe(winner.realName);
    expect(stored.idNumberHash).toBe(winner.idNumberHash);
    expect(ids.map(hashPii)).toContain(stored.idNumberHash);
  });
});
