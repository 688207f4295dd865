import type { User } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { bindCard, verifiedInvestor } from "../bank-cards/helpers";
import { deposit } from "../ledger/helpers";
import { createUser } from "../support/factories";

let depositCounter = 0;

/** A verified investor with `balanceFen` available and one bound card. */
export async function investorWithCard(db: Db, balanceFen: bigint) {
  const user = await verifiedInvestor(db);
  if (balanceFen > 0n) await deposit(db, user.id, balanceFen, `test-deposit:${user.id}:${++depositCounter}`);
  const card = await bindCard(db, user.id);
  return { user, card };
}

export interface Staff {
  cs: User;
  sup: User;
  cs2: User;
  sup2: User;
}

/** Two customer-service members and two supervisors, as actors. */
export async function staff(db: Db): Promise<Staff> {
  const [cs, sup, cs2, sup2] = await Promise.all([
    createUser(db, { role: "CUSTOMER_SERVICE" }),
    createUser(db, { role: "SUPERVISOR" }),
    createUser(db, { role: "CUSTOMER_SERVICE" }),
    createUser(db, { role: "SUPERVISOR" }),
  ]);
  return { cs, sup, cs2, sup2 };
}

export const actor = (user: User) => ({ id: user.id, role: user.role });

let serialCounter = 0;
export const newSerial = () => `GW${Date.now().toString(36).toUpperCase()}${++serialCounter}`;
