/** Mainland mobile numbers (11 digits starting 1[3-9]) or landlines such as 010-12345678. */
export function isValidPhone(input: string): boolean {
  const phone = input.trim().replace(/[\s-]/g, "");
  return /^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}\d{7,8}$/.test(phone);
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, "");
  if (digits.length < 7) return "****";
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
