import { defineEntity } from "@/lib/server/transitions/define-entity";

/** Outflow (提现, 放款) transitions: no guard fact from the database yet. */
export const outflowEntity = defineEntity("OUTFLOW", { table: "Outflow", rows: (tx) => tx.outflow });
