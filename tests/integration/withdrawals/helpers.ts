import type { User } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db/types";
import { createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

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

/** A fresh test database with its staff (staff()), for a describe block's beforeAll; close the database afterAll. */
export async function databaseWithStaff(): Promise<{ db: TestDatabase; people: Staff }> {
  const db = await createTestDatabase();
  return { db, people: await staff(db.prisma) };
}
