// A tiny HTML template for the server-rendered public report (lib/render/report-*.ts): every
// interpolated value is escaped unless it is already SafeHtml (made by this template, or by a
// renderer that escapes, e.g. renderMapSvg). So text from the database is always text.
// The tag is `markup`, not `html`: Prettier reformats templates tagged `html` as HTML, which would
// change the whitespace the page shows (the article is white-space: pre-wrap).

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Value = SafeHtml | string | number | null | undefined | false | readonly Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function markup(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new SafeHtml(out);
}

/** Markup produced by a trusted renderer that escapes its own input (never text from a row). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** An http(s) URL for an href, else null: a stored "javascript:" link never becomes clickable. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
