// Half-width corner brackets (｢｣, U+FF62 and U+FF63) are quotation marks in some Chinese and Japanese text. The analyser reads
// them as 「」: each is one UTF-16 code unit, so a copy with 「」 in their place keeps every offset, and only the strings the
// result quotes from the text need the original characters back.
import type { DocumentAnalysis, Span } from "./types";

const HALF_WIDTH = /[｢｣]/;

/** The text the analyser reads: ｢｣ as 「」 (the same text when it has none). */
export const readable = (text: string): string => (HALF_WIDTH.test(text) ? text.replace(/｢/g, "「").replace(/｣/g, "」") : text);

/** `value` as written in `original`, when it is the slice of `read` at `span` (or inside its marks); else `value` unchanged. */
function asWritten(value: string, span: Span, read: string, original: string): string {
  if (value === read.slice(span.start, span.end)) return original.slice(span.start, span.end);
  if (value === read.slice(span.start + 1, span.end - 1)) return original.slice(span.start + 1, span.end - 1);
  return value;
}

/** The result with the strings it quotes from the text as `original` writes them (signals keep the read form). */
export function withOriginalText(a: DocumentAnalysis, read: string, original: string): DocumentAnalysis {
  if (read === original) return a;
  for (const q of a.quotes) {
    q.text = asWritten(q.text, q, read, original);
    if (q.speaker) q.speaker.name = asWritten(q.speaker.name, q.speaker, read, original);
  }
  for (const u of a.units) {
    u.text = asWritten(u.text, u, read, original);
    if (u.speaker) u.speaker.name = asWritten(u.speaker.name, u.speaker, read, original);
  }
  for (const c of a.citations ?? []) {
    c.name = asWritten(c.name, c, read, original);
    if (c.date) c.date.text = asWritten(c.date.text, c.date, read, original);
  }
  return a;
}
