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

/** Whether one of quotes[from, to) holds text[start, end). */
function insideQuote(quotes: Quote[], from: number, to: number, start: number, end: number): boolean {
  for (let k = from; k < to; k++) if (quotes[k]!.start <= start && end <= quotes[k]!.end) return true;
  return false;
}

/** Whether a span of the list overlaps text[start, end) (`list.some(…)` without a closure per call; no list yet: none). */
function overlapsAny(list: Span[] | null, start: number, end: number): boolean {
  if (list !== null) for (let k = 0; k < list.length; k++) if (start < list[k]!.end && list[k]!.start < end) return true;
  return false;
}

// (At module level: a regular expression literal in a function is a new object at each evaluation.)
const ALL_SPACE = /^\s+$/;
const DIGIT_FIRST = /^\d/;
const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;

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
    if (!ALL_SPACE.test(gap) || !(isUpper(t.text[0]) || DIGIT_FIRST.test(t.text) || t.norm === "anniversary")) break;
    first--;
  }
  let last = i;
  const link = toks[i + 1];
  if (link && PLACE_LINKS.has(link.norm)) {
    let k = i + 2;
    if (toks[k]?.norm === "the") k++;
    while (toks[k] && isUpper(toks[k]!.text[0]) && ALL_SPACE.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) last = k++;
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
  // The work per sentence is a function of its own: a loop over the whole text in this function, called once per analysis,
  // would run in on-stack-replaced code, which V8 drops at a major collection and compiles again in later analyses.
  for (let si = 0; si < sentences.length; si++) sentenceCitations(text, sentences[si]!, quotes, ctx, out);
  return out.sort((a, b) => a.start - b.start);
}

/** The dates of the sentence: every date pattern holds a digit, so a sentence without one is not searched. */
const datesIn = (text: string, s: Span, digits: boolean): Found[] => (digits ? findDates(text, s.start, s.end) : NO_DATES);

function sentenceCitations(text: string, s: Span, quotes: Quote[], ctx: MentionContext, out: Citation[]): void {
  // The dates are looked for only when a citation needs them (most sentences have none): findDates was half the time here.
  const digits = hasAsciiDigit(text, s.start, s.end);
  let dates: Found[] | undefined;
  // The sentence's quotations are quotes[first, end): an index range, not a copied list per sentence.
  const first = firstEndingAfter(quotes, s.start);
  let end = first;
  while (end < quotes.length && quotes[end]!.start < s.end) end++;
  // The citations of the sentence so far (made at the first: most sentences have none).
  let taken: Span[] | null = null;
  for (let k = first; k < end; k++) {
    const q = quotes[k]!;
    if (q.kind !== "title") continue;
    out.push({
      start: q.start,
      end: q.end,
      name: q.text,
      kind: "document",
      date: nearestDate((dates ??= datesIn(text, s, digits)), q),
      signals: ["citation:quoted-title"],
    });
    (taken ??= []).push(q);
  }
  const mentions = findMentions(text, s.start, s.end, s.start, ctx);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.kind !== "document" || overlapsAny(taken, m.start, m.end)) continue;
    const isEvent = someWord(words(text, m.start, m.end), F.EVENT_NOUN);
    out.push({
      start: m.start,
      end: m.end,
      name: m.name,
      kind: isEvent ? "event" : "document",
      date: nearestDate((dates ??= datesIn(text, s, digits)), m),
      signals: ["citation:named"],
    });
    (taken ??= []).push(m);
  }
  // Only an event noun with a date starts a dated event: a sentence without both needs no tokens.
  if (!digits) return;
  const w = words(text, s.start, s.end);
  if (!someWord(w, F.EVENT_NOUN) || (dates ??= datesIn(text, s, digits)).length === 0) return;
  // The words are read from `w` (word i is tokens(…)[i]); the tokens are built only for an event noun that can start a phrase.
  let toks: Token[] | null = null;
  for (let i = 0; i < w.length; i++) {
    // (The flag is set for every norm in EVENT_NOUNS, and for a few more: a cheap first test.)
    if (!(w.flags(i) & F.EVENT_NOUN) || !EVENT_NOUNS.has(w.norm(i)) || isUpper(w.word(i)[0]) || insideQuote(quotes, first, end, w.start(i), w.end(i))) continue;
    const span = eventPhrase(text, (toks ??= tokens(text, s.start, s.end)), i);
    // Only a named event ("the NATO summit", "a meeting at the Ministry") is a citation.
    if (!CAPITAL_OR_DIGIT.test(text.slice(span.start, span.end))) continue;
    const date = nearestDate(dates, span);
    if (!date || overlapsAny(taken, span.start, span.end)) continue;
    out.push({ start: span.start, end: span.end, name: text.slice(span.start, span.end), kind: "event", date, signals: ["citation:dated-event"] });
    (taken ??= []).push(span);
  }
}
