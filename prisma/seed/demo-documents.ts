/**
 * A one-page PDF saying what it stands for, so the demo companies' verification documents open in a browser
 * (staff review them on the company's page). ASCII text only: the standard Helvetica font has no CJK glyphs.
 */
export function demoPdf(title: string): Uint8Array<ArrayBuffer> {
  const text = title.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj 0 -28 Td /F1 11 Tf (Demo document: not a real record.) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The documents every verified demo company submitted (the required kinds, lib/domain/documents). */
export const DEMO_DOCUMENTS = [
  { kind: "BUSINESS_LICENCE", fileName: "business-licence.pdf", title: "Business licence" },
  { kind: "LEGAL_REP_ID", fileName: "legal-representative-id.pdf", title: "Legal representative ID" },
] as const;
