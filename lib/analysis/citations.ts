import { findDates, type Found } from "./dates";
import * as lexicon from "./lexicon";
import { findMentions, type MentionContext } from "./mentions";
import type { Citation, Quote, Span } from "./types";
import { firstEndingAfter, hasAsciiDigit, isUpper, tokenCore, tokens, words, type Token, type Words } from "./text";
import * as F from "./word-flags";

const { EVENT_NOUNS } = lexicon;

const DATE_AFTER = 90;
const DATE_BEFORE = 40;
const PLACE_LINKS = new Set(["in", "at"]);

function someWord(w: Words, flags: number): boolean {
  for (let i = 0; i < w.length; i++) if (w.flags(i) & flags) return true;
  return false;
}

/** (One empty list for sentences without a digit: `[]` there was a new array per sentence.) */
const NO_DATES: Found[] = [];

/** Whether one of quotes[from, to) holds the span. */
function insideQuote(quotes: Quote[], from: number, to: number, span: Span): boolean {
  for (let k = from; k < to; k++) if (quotes[k]!.start <= span.start && span.end <= quotes[k]!.end) return true;
  return false;
}

function nearestDate(dates: Found[], span: Span): Found | null {
  const after = dates.find((d) => d.start >= span.end && d.start - span.end <= DATE_AFTER);
  if (after) return after;
  // The last date ending close before the span (a backward scan: no filtered copy).
  for (let k = dates.length - 1; k >= 0; k--) if (dates[k]!.end <= span.start && span.start - dates[k]!.end <= DATE_BEFORE) return dates[k]!;
  return null;
}

/** "The 75th anniversary NATO summit in Washington": modifiers, the event noun, "in/at" + place. */
function eventPhrase(text: string, toks: Token[], i: number): Span {
  let first = i;
  while (first > 0) {
    const t = toks[first - 1]!;
    const gap = text.slice(t.end, toks[first]!.start);
    if (!/^\s+$/.test(gap) || !(isUpper(t.text[0]) || /^\d/.test(t.text) || t.norm === "anniversary")) break;
    first--;
  }
  let last = i;
  const link = toks[i + 1];
  if (link && PLACE_LINKS.has(link.norm)) {
    let k = i + 2;
    if (toks[k]?.norm === "the") k++;
    while (toks[k] && isUpper(toks[k]!.text[0]) && /^\s+$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) last = k++;
  }
  return { start: toks[first]!.start, end: tokenCore(toks[last]!).end };
}

/**
 * Cited documents and dated events: titles in quotation marks ("the “Treaty on …”"),
 * capitalised names with a document or event noun ("the Washington Declaration"), and
 * event nouns with a date in the same sentence ("a meeting … on June 14").
 */
export function findCitations(text: string, sentences: Span[], quotes: Quote[], ctx: MentionContext): Citation[] {
  const out: Citation[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // Every date pattern holds a digit: a sentence without one is not searched.
    const dates = hasAsciiDigit(text, s.start, s.end) ? findDates(text, s.start, s.end) : NO_DATES;
    // The sentence's quotations are quotes[first, end): an index range, not a copied list per sentence.
    const first = firstEndingAfter(quotes, s.start);
    let end = first;
    while (end < quotes.length && quotes[end]!.start < s.end) end++;
    const taken: Span[] = [];
    for (let k = first; k < end; k++) {
      const q = quotes[k]!;
      if (q.kind !== "title") continue;
      out.push({ start: q.start, end: q.end, name: q.text, kind: "document", date: nearestDate(dates, q), signals: ["citation:quoted-title"] });
      taken.push(q);
    }
    const mentions = findMentions(text, s.start, s.end, s.start, ctx);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      if (m.kind !== "document" || taken.some((t) => m.start < t.end && t.start < m.end)) continue;
      const isEvent = someWord(words(text, m.start, m.end), F.EVENT_NOUN);
      out.push({ start: m.start, end: m.end, name: m.name, kind: isEvent ? "event" : "document", date: nearestDate(dates, m), signals: ["citation:named"] });
      taken.push(m);
    }
    // Only an event noun starts a dated event: a sentence without one needs no tokens.
    if (dates.length === 0 || !someWord(words(text, s.start, s.end), F.EVENT_NOUN)) continue;
    const toks = tokens(text, s.start, s.end);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!EVENT_NOUNS.has(t.norm) || isUpper(t.text[0]) || insideQuote(quotes, first, end, t)) continue;
      const span = eventPhrase(text, toks, i);
      // Only a named event ("the NATO summit", "a meeting at the Ministry") is a citation.
      if (!/[\p{Lu}\d]/u.test(text.slice(span.start, span.end))) continue;
      const date = nearestDate(dates, span);
      if (!date || taken.some((x) => span.start < x.end && x.start < span.end)) continue;
      out.push({ start: span.start, end: span.end, name: text.slice(span.start, span.end), kind: "event", date, signals: ["citation:dated-event"] });
      taken.push(span);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
