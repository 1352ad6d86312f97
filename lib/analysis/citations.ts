import { findDates, type Found } from "./dates";
import * as lexicon from "./lexicon";
import { findMentions, type MentionContext } from "./mentions";
import type { Citation, Quote, Span } from "./types";
import { hasAsciiDigit, isUpper, words, type Words } from "./text";
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
/** As in tokenCore (text.ts): a dot between letters keeps an initialism's last dot. */
const INNER_DOT = /\p{L}\.\p{L}/u;

function nearestDate(dates: Found[], span: Span): Found | null {
  const after = dates.find((d) => d.start >= span.end && d.start - span.end <= DATE_AFTER);
  if (after) return after;
  // The last date ending close before the span (a backward scan: no filtered copy).
  for (let k = dates.length - 1; k >= 0; k--) if (dates[k]!.end <= span.start && span.start - dates[k]!.end <= DATE_BEFORE) return dates[k]!;
  return null;
}

/**
 * "The 75th anniversary NATO summit in Washington": modifiers, the event noun, "in/at" + place. Read from the
 * sentence's `Words` (word k is what tokens(…)[k] would hold): no Token objects built for it.
 */
function eventPhrase(text: string, w: Words, i: number): Span {
  let first = i;
  while (first > 0) {
    const word = w.word(first - 1);
    const gap = text.slice(w.end(first - 1), w.start(first));
    if (!ALL_SPACE.test(gap) || !(isUpper(word[0]) || DIGIT_FIRST.test(word) || w.norm(first - 1) === "anniversary")) break;
    first--;
  }
  let last = i;
  if (i + 1 < w.length && PLACE_LINKS.has(w.norm(i + 1))) {
    let k = i + 2;
    if (k < w.length && w.norm(k) === "the") k++;
    while (k < w.length && isUpper(w.word(k)[0]) && ALL_SPACE.test(text.slice(w.end(k - 1), w.start(k)))) last = k++;
  }
  // tokenCore(toks[last]).end: without a trailing sentence dot, unless an initialism ("U.S.").
  const lastWord = w.word(last);
  const end = lastWord.endsWith(".") && !INNER_DOT.test(lastWord) ? w.end(last) - 1 : w.end(last);
  return { start: w.start(first), end };
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
  // The sentences' first quotations by a cursor (sentences and quotations are in text order), not a search per sentence.
  for (let si = 0, first = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (si > 0 && s.start < sentences[si - 1]!.start) first = 0;
    while (first < quotes.length && quotes[first]!.end <= s.start) first++;
    sentenceCitations(text, s, quotes, first, ctx, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The dates of the sentence: every date pattern holds a digit, so a sentence without one is not searched. */
const datesIn = (text: string, s: Span, digits: boolean): Found[] => (digits ? findDates(text, s.start, s.end) : NO_DATES);

/** The citations of sentence `s`, whose first quotation ending after its start is quotes[first] (firstEndingAfter). */
function sentenceCitations(text: string, s: Span, quotes: Quote[], first: number, ctx: MentionContext, out: Citation[]): void {
  // The dates are looked for only when a citation needs them (most sentences have none): findDates was half the time here.
  const digits = hasAsciiDigit(text, s.start, s.end);
  let dates: Found[] | undefined;
  // The sentence's quotations are quotes[first, end): an index range, not a copied list per sentence.
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
  // The words are read from `w` (word i is tokens(…)[i]).
  for (let i = 0; i < w.length; i++) {
    // (The flag is set for every norm in EVENT_NOUNS, and for a few more: a cheap first test.)
    if (!(w.flags(i) & F.EVENT_NOUN) || !EVENT_NOUNS.has(w.norm(i)) || isUpper(w.word(i)[0]) || insideQuote(quotes, first, end, w.start(i), w.end(i))) continue;
    const span = eventPhrase(text, w, i);
    // Only a named event ("the NATO summit", "a meeting at the Ministry") is a citation.
    if (!CAPITAL_OR_DIGIT.test(text.slice(span.start, span.end))) continue;
    const date = nearestDate(dates, span);
    if (!date || overlapsAny(taken, span.start, span.end)) continue;
    out.push({ start: span.start, end: span.end, name: text.slice(span.start, span.end), kind: "event", date, signals: ["citation:dated-event"] });
    (taken ??= []).push(span);
  }
}
