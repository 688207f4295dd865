import type { Role } from "@/lib/generated/prisma/enums";

export function homePathFor(role: Role): string {
  if (role === "INVESTOR") return "/investor";
  if (role === "COMPANY") return "/company";
  return "/admin";
}

/** Only same-site relative paths are followed after login, never another host ("//evil.example"). */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
