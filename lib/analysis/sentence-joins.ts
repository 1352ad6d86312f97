// Sentence repairs (segment.ts): whether a boundary the segmenter left is a false split, and the
// list the repaired sentences are placed in one by one.
import * as lexicon from "./lexicon";
import { ALL_MONTH_NAMES } from "./lexicons";
import type { Span } from "./types";
import { objectList } from "./object-list";
import { hasWordChar, isDigit, isLower, isLowerAt, isSpaceAt, isTerminal, isUpper, isWordCharAt, trimSpan } from "./text";

const { NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } = lexicon;
const ALL_MONTHS: ReadonlySet<string> = new Set([...lexicon.MONTHS, ...ALL_MONTH_NAMES]);
/**
 * A one- or two-digit number with a dot before a capitalised word is an ordinal far more often
 * than the end of a sentence in news text ("18. Lebensjahr", "2. Bundesliga"); sentence
 * openers ("Die", "The") still start a new sentence after it.
 */
const ORDINAL_DOT_BEFORE_NOUN = true;
// Repairs never build a sentence longer than this, so later per-sentence work stays bounded.
const MAX_SENTENCE = 6000;

/** Where the word before `end` (with its final dot) starts, and the first word after `start`. */
// Scanned by hand, not by regex: these run at every sentence boundary.
function lastWordStart(text: string, s: Span): number {
  const from = Math.max(s.start, s.end - 30);
  let i = s.end;
  while (i > from && (isWordCharAt(text, i - 1) || text.charCodeAt(i - 1) === 46)) i--;
  return i;
}

function firstWord(text: string, s: Span): string {
  const to = Math.min(s.end, s.start + 40);
  let i = s.start;
  while (i < to && !isWordCharAt(text, i)) i++;
  let j = i;
  while (j < to && isWordCharAt(text, j)) j++;
  return text.slice(i, j);
}

/**
 * Whether the initialism test below can hold: a letter then a dot ("U.S.", "p.m."; a
 * surrogate pair is left to the test), or a one-letter word.
 */
function mayBeInitials(word: string, bare: string): boolean {
  const c = word.charCodeAt(0);
  return word[1] === "." || (c >= 0xd800 && c <= 0xdbff) || bare.length <= 2;
}

/** `word.replace(/\.+$/, "")`, without a regex run at every sentence end. */
function withoutFinalDots(word: string): string {
  let end = word.length;
  while (end > 0 && word.charCodeAt(end - 1) === 46) end--;
  return word.slice(0, end);
}

/** The longest abbreviation: lower-casing never shortens a word, so a longer one is none. */
const LONGEST_ABBREVIATION = Math.max(...[...TITLE_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS].map((w) => w.length));

/**
 * Whether the word text[start, end) (with its final dots) can be no abbreviation, no short number and no initials (below), read
 * without slicing and lower-casing it: most sentences end with such a word.
 */
function plainLongWord(text: string, start: number, end: number): boolean {
  let bare = end;
  while (bare > start && text.charCodeAt(bare - 1) === 46) bare--;
  const c = text.charCodeAt(start);
  // A number of four characters or more ("2023.", "1.5."): no abbreviation holds a digit, no initials open on one, and
  // only one to three digits can be a day or an ordinal.
  if (c >= 48 && c <= 57 && bare - start > 3) return true;
  return bare - start > LONGEST_ABBREVIATION && text.charCodeAt(start + 1) !== 46 && !(c >= 0xd800 && c <= 0xdbff);
}

const UP_TO_THREE_DIGITS = /^\d{1,3}$/;
const INITIALS = /^(?:\p{L}\.)+\p{L}?$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** Whether the boundary between `a` and `b` is a false split after an abbreviation. */
function isAbbreviationSplit(text: string, a: Span, b: Span): boolean {
  if (text.charCodeAt(a.end - 1) !== 46) return false; // the last word ends with a dot
  const start = lastWordStart(text, a);
  if (plainLongWord(text, start, a.end)) return false;
  const word = text.slice(start, a.end);
  const bare = withoutFinalDots(word).toLowerCase();
  // Most sentences end with a plain word: none of the rules below can then apply.
  const digits = UP_TO_THREE_DIGITS.test(bare);
  if (!digits && !TITLE_ABBREVIATIONS.has(bare) && !NUMBER_ABBREVIATIONS.has(bare) && !mayBeInitials(word, bare)) return false;
  const next = firstWord(text, b);
  const nextLower = next.toLowerCase();
  // A day or an ordinal written with a dot (German, Nordic, Slavic): "am 2. Oktober", "das 18. Lebensjahr".
  if (digits && (ALL_MONTHS.has(nextLower) || (bare.length <= 2 && ORDINAL_DOT_BEFORE_NOUN && isUpper(next[0]) && !SENTENCE_OPENERS.has(nextLower))))
    return true;
  const nextIsOpener = SENTENCE_OPENERS.has(nextLower);
  if (TITLE_ABBREVIATIONS.has(bare)) return true;
  if (NUMBER_ABBREVIATIONS.has(bare)) return isDigit(next[0]);
  // Initialisms ("U.S.", "p.m.") and initials ("John F. Kennedy") end a sentence only when
  // a word that typically opens one follows. (`word` ends with its dot: the first character read above.)
  if (INITIALS.test(word) || ONE_CAPITAL.test(bare)) {
    return !nextIsOpener && (isUpper(next[0]) || isDigit(next[0]));
  }
  return false;
}

/**
 * "奈伊（Joseph S. Nye, Jr.）博士時表示": a Latin full stop (perhaps before a closing parenthesis) with a Chinese character
 * right after it, no space between, ends no sentence: Chinese ends its sentences with "。".
 */
function latinStopBeforeHan(text: string, a: Span, b: Span): boolean {
  if (b.start !== a.end || !HAN.test(text[b.start] ?? "")) return false;
  let i = a.end - 1;
  while (i > a.start && (text[i] === "）" || text[i] === ")")) i--;
  return text[i] === "." && /[A-Za-z]/.test(text[i - 1] ?? "");
}
const HAN = /\p{Script=Han}/u;

/** " “ „ « 「 */
const isOpeningQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 0x201e || c === 0xab || c === 0x300c;
const LETTER_AFTER_MARKS = /^[^\p{L}\p{N}]*(.)/u;

function startsLower(text: string, s: Span): boolean {
  if (isOpeningQuote(text.charCodeAt(s.start))) return false;
  // The first letter or number within ten code units decides; a surrogate pair goes to the regex.
  for (let i = s.start; i < Math.min(text.length, s.start + 10); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const m = LETTER_AFTER_MARKS.exec(text.slice(s.start, s.start + 10));
      return m !== null && isLower(m[1]);
    }
    if (isWordCharAt(text, i)) return isLowerAt(text, i);
  }
  return false;
}

/**
 * Whether a sentence boundary falls inside a quotation that the sentence goes on after:
 * "“It makes no sense,” as China ..." or a quote ending on a comma. A quotation that ends
 * with its own full stop and is followed by a new sentence keeps its inner boundaries.
 */
function insideContinuingQuote(text: string, boundary: number, quotes: Span[], qi: { i: number }): boolean {
  while (qi.i < quotes.length && quotes[qi.i]!.end <= boundary) qi.i++;
  const q = quotes[qi.i];
  if (!q || q.start >= boundary) return false;
  let k = q.end - 2;
  while (k > q.start && isSpaceAt(text, k)) k--;
  const beforeClose = text[k];
  if (!isTerminal(beforeClose)) return true;
  const after = /^[^\S\n]*(.)/u.exec(text.slice(q.end, q.end + 10));
  return after !== null && (isLower(after[1]) || /[,;:\-–—]/.test(after[1]!));
}

/** » ” 」 』 ) */
const isStrayCloser = (c: number): boolean => c === 0xbb || c === 0x201d || c === 0x300d || c === 0x300e || c === 41;
const STRAY_CLOSERS = /^[»”」』)]+(?=\s)/;

/**
 * The sentences of a text, placed one by one in order: each is pushed, or joined to the one before it in its paragraph
 * when the boundary between them is a false split. (A class: one place for the state the old loop body kept.)
 */
export class SentenceList {
  readonly out = objectList<Span>();
  /** Index in `out` of the current paragraph's first sentence. */
  first = 0;
  private readonly qi = { i: 0 };

  constructor(
    private readonly text: string,
    private readonly quotes: Span[],
  ) {}

  /** Places `s` (trimmed, a new object the list may keep and change). */
  add(s: Span): void {
    const { text, out } = this;
    const prev = out.length > this.first ? out[out.length - 1] : undefined;
    // "prêts. » Puis": the segmenter leaves a spaced closing mark at the next sentence's start.
    const stray = isStrayCloser(text.charCodeAt(s.start)) ? STRAY_CLOSERS.exec(text.slice(s.start, s.start + 4)) : null;
    if (prev && stray) {
      prev.end = s.start + stray[0].length;
      const rest = trimSpan(text, prev.end, s.end);
      if (!rest) return;
      s.start = rest.start;
    }
    const merge =
      prev !== undefined &&
      s.end - prev.start <= MAX_SENTENCE &&
      (!hasWordChar(text, prev.start, prev.end) ||
        !hasWordChar(text, s.start, s.end) ||
        startsLower(text, s) ||
        isAbbreviationSplit(text, prev, s) ||
        latinStopBeforeHan(text, prev, s) ||
        insideContinuingQuote(text, s.start, this.quotes, this.qi));
    if (merge) prev.end = s.end;
    else out.push(s);
  }
}
