/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let text = strings[0];
  values.forEach((value, index) => {
    text += renderValue(value) + strings[index + 1];
  });
  return new Html(text);
}

function renderValue(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(renderValue).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

const STYLE = `
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f4f6f8;color:#1f2933}
header{background:#0b5394;color:#fff;padding:12px 16px;font-weight:600}
main{max-width:960px;margin:0 auto;padding:16px}
.card{background:#fff;border-radius:8px;padding:16px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.1)}
.amount{font-size:2rem;font-weight:700;margin:8px 0}
.buttons{display:flex;flex-wrap:wrap;gap:8px}
button{font-size:1rem;padding:10px 18px;border-radius:6px;border:1px solid #0b5394;background:#0b5394;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b5394}
button.danger{background:#a61b1b;border-color:#a61b1b}
label{display:block;margin:8px 0 4px}
input{font-size:1rem;padding:8px;width:100%;max-width:360px;box-sizing:border-box}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:6px;border-bottom:1px solid #e4e7eb;word-break:break-all}
.scroll{overflow-x:auto}
.notice{background:#e6f4ea;border:1px solid #2e7d32;padding:12px;border-radius:6px;margin-bottom:16px}
.error{background:#fdecea;border:1px solid #a61b1b;padding:12px;border-radius:6px;margin-bottom:16px}
.serial{font-family:ui-monospace,monospace;font-size:1.2rem;font-weight:700}
`;

/** The page frame shared by the checkout and the console: a sandbox banner, so no one mistakes it for a bank. */
export function page(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${new Html(STYLE)}</style></head>
<body><header>沙箱支付平台 Sandbox payments · 测试环境，不涉及真实资金 Test only, no real money</header>
<main>${body}</main></body></html>`.text;
}
