// W3C Web Annotation selectors for a span of a document's original text. The TextQuote
// selector (prefix/exact/suffix) lets a unit be found again if offsets ever stop matching.
import { AppError } from "./errors";

export const QUOTE_CONTEXT = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export function textQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  if (!(0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`span ${start}-${end} is outside a text of ${text.length} characters`);
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) {
    throw new AppError(
      "VALIDATION",
      `The span ${start}–${end} starts or ends inside a character (an emoji or a letter written with two UTF-16 units): move that end by one.`,
    );
  }
  // The context never cuts a character in two either: a half would be a lone surrogate, which no
  // database column or JSON document can hold.
  let from = Math.max(0, start - context);
  if (splitsCharacter(text, from)) from++;
  let to = Math.min(text.length, end + context);
  if (splitsCharacter(text, to)) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** Whether offset `i` falls between the two UTF-16 units of one character (a surrogate pair). */
export function splitsCharacter(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Find a quote in the text: the occurrence whose prefix/suffix match best, preferring the one
 * nearest the hint offset. Returns null when the exact words are not in the text.
 */
export function findQuote(text: string, quote: TextQuote, hint = 0): { start: number; end: number } | null {
  let best: { start: number; score: number; distance: number } | null = null;
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) {
    const score =
      commonSuffix(text.slice(Math.max(0, i - quote.prefix.length), i), quote.prefix) +
      commonPrefix(text.slice(i + quote.exact.length, i + quote.exact.length + quote.suffix.length), quote.suffix);
    const distance = Math.abs(i - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: i, score, distance };
    }
    if (!quote.exact) break;
  }
  return best && quote.exact ? { start: best.start, end: best.start + quote.exact.length } : null;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** A span with its TextQuote selector, as a Unit row stores it. */
export function anchoredSpan(text: string, start: number, end: number) {
  const q = textQuote(text, start, end);
  return { start, end, quoteExact: q.exact, quotePrefix: q.prefix, quoteSuffix: q.suffix };
}
