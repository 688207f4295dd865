/**
 * A payment platform's transfer serial number (流水号) as typed by customer service: trimmed; letters,
 * digits, "-" and "_", 4 to 64 characters. Null when it is not one.
 */
export function normalizeTransferSerial(input: string): string | null {
  const serial = input.trim();
  return /^[A-Za-z0-9][A-Za-z0-9_-]{3,63}$/.test(serial) ? serial : null;
}
