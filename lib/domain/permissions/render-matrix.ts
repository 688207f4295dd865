import { eventTypesFrom } from "@/lib/domain/machines/apply-event";
import { machines } from "@/lib/domain/machines/catalogue";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { rolesFor } from "./may";
import { entityRules } from "./registry";

/** The matrix's columns: every user role, then the system's two voices. */
const COLUMNS = ["COMPANY", "INVESTOR", "CUSTOMER_SERVICE", "SUPERVISOR", "ADMIN", "SYSTEM", "GATEWAY"] as const;

/**
 * docs/permissions.md: the (entity, status, event, role) → allowed matrix, rendered from the machines, their
 * event metadata and lib/domain/permissions — the same data the transition service checks. A cell says
 * "yes", "request" (opens a review request a supervisor approves) or is empty; conditions follow the event.
 */
export function renderPermissionMatrix(): string {
  const lines = [
    "# Who may raise which event (generated)",
    "",
    "Rendered from the machines (`lib/domain/machines`), their event metadata and `lib/domain/permissions` by",
    "`npx tsx scripts/render-machines.ts`; `lib/domain/permissions/render-matrix.test.ts` fails until it is committed.",
    "The transition service checks exactly this (`assertMay`); guards of the machines (money, dates, documents) come on top.",
    "What is not a lifecycle event (settings, staff, own profile) is in `lib/shared/capabilities.ts`.",
    "",
  ];
  for (const entity of Object.keys(machines) as EntityType[]) {
    const { machine, eventMeta } = machines[entity];
    const rules = entityRules[entity];
    lines.push(
      `## ${entity}`,
      "",
      `| Status | Event | ${COLUMNS.join(" | ")} | Only if |`,
      `|---|---|${COLUMNS.map(() => "---|").join("")}---|`,
    );
    for (const status of Object.keys(machine.states)) {
      for (const event of eventTypesFrom(machine, status)) {
        const roles = rolesFor(entity, event, status) as readonly string[];
        const cell = eventMeta[event]?.makerChecker ? "request" : "yes";
        const cells = COLUMNS.map((role) => (roles.includes(role) ? cell : ""));
        const conditions = (rules.events?.[event]?.conditions ?? []).map((condition) => condition.label).join("; ");
        lines.push(`| ${status} | ${event} | ${cells.join(" | ")} | ${conditions} |`);
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}
