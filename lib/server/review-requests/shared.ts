import { DomainError } from "@/lib/server/errors";

export function requireText(value: string | undefined | null, field: string): string {
  const text = value?.trim();
  if (!text) throw new DomainError("VALIDATION", `${field} is required`, { [field]: ["validation.required"] });
  return text;
}
