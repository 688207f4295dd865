import { canonicalTimeZone, DEFAULT_BUSINESS_TIME_ZONE } from "@/lib/domain/dates";

/**
 * The platform's business time zone from the environment: BUSINESS_TIME_ZONE, an IANA id, default
 * Asia/Shanghai. An unknown zone or a fixed offset ("+08:00") throws: better not to start than to move
 * every due date. Changing it on a platform that already has loans moves their dates: don't.
 */
export function businessTimeZoneFrom(env: Record<string, string | undefined>): string {
  return canonicalTimeZone(env.BUSINESS_TIME_ZONE?.trim() || DEFAULT_BUSINESS_TIME_ZONE);
}

let cached: string | undefined;

/** The business time zone of this process, read once. */
export function getBusinessTimeZone(): string {
  cached ??= businessTimeZoneFrom(process.env);
  return cached;
}
