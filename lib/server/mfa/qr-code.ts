import QRCode from "qrcode";
import { totpUri } from "@/lib/domain/mfa/totp";

/**
 * The otpauth:// URI as an SVG data: URL for an <img> (the CSP allows data: images; no script, no request).
 * `account` is what the app lists the entry under (the staff member's e-mail).
 */
export async function totpQrDataUrl(secret: string, account: string, issuer: string): Promise<string> {
  const svg = await QRCode.toString(totpUri(secret, account, issuer), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
