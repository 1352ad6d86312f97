import { certainBreak, oneSentence, sentenceSegmenter } from "./language";
import * as lexicon from "./lexicon";
import { ALL_MONTH_NAMES } from "./lexicons";
import type { Span } from "./types";
import { asciiTwin } from "./ascii-twin";
import { hasWordChar, isDigit, isLower, isLowerAt, isPlain, isSpaceAt, isTerminal, isUpper, isWordCharAt, trimSpan } from "./text";

const { NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } = lexicon;
const ALL_MONTHS: ReadonlySet<string> = new Set([...lexicon.MONTHS, ...ALL_MONTH_NAMES]);
/**
 * A one- or two-digit number with a dot before a capitalised word is an ordinal far more often
 * than the end of a sentence in news text ("18. Lebensjahr", "2. Bundesliga"); sentence
 * openers ("Die", "The") still start a new sentence after it.
 */
const ORDINAL_DOT_BEFORE_NOUN = true;

export { splitParagraphs } from "./paragraphs";

// Intl.Segmenter is fast per paragraph and very slow on one huge string (see RECIPES.md:
// super-linear), so paragraphs longer than this are cut into chunks at a sentence end.
const CHUNK = 4000;
// Repairs never build a sentence longer than this, so later per-sentence work stays bounded.
const MAX_SENTENCE = 6000;

function chunks(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  while (para.end - start > CHUNK) {
    const window = text.slice(start, start + CHUNK);
    let cut = -1;
    const re = /[.!?…。！？]["”’»」)]*\s/g;
    for (let m = re.exec(window); m; m = re.exec(window)) cut = m.index + m[0].length;
    if (cut < CHUNK / 2) cut = window.lastIndexOf(" ") + 1;
    if (cut <= 0) cut = CHUNK;
    // Never cut a surrogate pair in two.
    if (/[\uDC00-\uDFFF]/.test(text[start + cut] ?? "")) cut--;
    out.push({ start, end: start + cut });
    start += cut;
  }
  out.push({ start, end: para.end });
  return out;
}

function rawSentences(text: string, para: Span, seg: Intl.Segmenter): Span[] {
  const out: Span[] = [];
  for (const chunk of chunks(text, para)) {
    // Line breaks left inside a paragraph are broken lines; the segmenter would split there.
    let slice = text.slice(chunk.start, chunk.end);
    if (slice.includes("\n") || slice.includes("\r")) slice = slice.replace(/[\r\n]/g, " ");
    let from = 0;
    // (Only the common terminals are tried: a cut is never needed, only saves time.)
    const re = /[.!?。！？]/g;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const cut = certainBreak(slice, m.index);
      if (cut < 0) continue;
      pushSegments(text, chunk.start, slice, from, cut, seg, out);
      re.lastIndex = from = cut;
    }
    pushSegments(text, chunk.start, slice, from, slice.length, seg, out);
  }
  return out;
}

/** The trimmed segments of `slice` from `a` to `b` (offsets from `base` in the text). */
function pushSegments(text: string, base: number, slice: string, a: number, b: number, seg: Intl.Segmenter, out: Span[]): void {
  const piece = a === 0 && b === slice.length ? slice : slice.slice(a, b);
  if (oneSentence(piece)) {
    const span = trimSpan(text, base + a, base + b);
    if (span) out.push(span);
    return;
  }
  // Stepping with containing() gives the same segments as iterating, in about half the time.
  const segments = seg.segment(piece);
  for (let i = 0; i < piece.length;) {
    const s = segments.containing(i);
    if (!s) break;
    const span = trimSpan(text, base + a + s.index, base + a + s.index + s.segment.length);
    if (span) out.push(span);
    i = s.index + s.segment.length;
  }
}

// An ellipsis (… or ..), or a full stop before a spaced closing guillemet (French ". »"),
// ends a sentence when a capital or an opening quote follows; the segmenter does not split
// there, notably not after "…”".
const ELLIPSIS_END = /(?:…|\.\.+|[.!?]\s(?=[»”]))\s?["'”’»」)]*\s+(?=[\p{Lu}“"«„「])/gu;

function splitEllipses(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  const slice = text.slice(s.start, s.end);
  // Every match holds "…", "..", or "." (or "!", "?") and a space before "»" or "”": most sentences hold none and need no search.
  const re = mayEndInside(slice) ? (isPlain(text, s.start, s.end) && asciiTwin(ELLIPSIS_END)) || ELLIPSIS_END : null;
  if (re) re.lastIndex = 0;
  for (let m = re?.exec(slice); re && m; m = re.exec(slice)) {
    const end = s.start + m.index + m[0].length;
    const span = trimSpan(text, start, end);
    if (span) out.push(span);
    start = end;
  }
  const last = trimSpan(text, start, s.end);
  if (last) out.push(last);
  return out;
}

/** » ” 」 』 ) */
const isStrayCloser = (c: number): boolean => c === 0xbb || c === 0x201d || c === 0x300d || c === 0x300e || c === 41;

const mayEndInside = (slice: string): boolean => slice.includes("…") || slice.includes("..") || closerAfterStop(slice, "»") || closerAfterStop(slice, "”");

/** Whether `closer` follows a full stop, "!" or "?" and one space (ELLIPSIS_END's third branch): most » and ” close a quotation mid-sentence. */
function closerAfterStop(slice: string, closer: string): boolean {
  for (let i = slice.indexOf(closer, 2); i >= 0; i = slice.indexOf(closer, i + 1)) {
    const stop = slice.charCodeAt(i - 2);
    if ((stop === 46 || stop === 33 || stop === 63) && isSpaceAt(slice, i - 1)) return true;
  }
  return false;
}

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
 * Whether the word text[start, end) (with its final dots) can be no abbreviation, no number and no initials (below), read
 * without slicing and lower-casing it: most sentences end with such a word.
 */
function plainLongWord(text: string, start: number, end: number): boolean {
  let bare = end;
  while (bare > start && text.charCodeAt(bare - 1) === 46) bare--;
  const c = text.charCodeAt(start);
  return bare - start > LONGEST_ABBREVIATION && text.charCodeAt(start + 1) !== 46 && !(c >= 0xd800 && c <= 0xdbff);
}

/** Whether the boundary between `a` and `b` is a false split after an abbreviation. */
export function isAbbreviationSplit(text: string, a: Span, b: Span): boolean {
  if (text.charCodeAt(a.end - 1) !== 46) return false; // the last word ends with a dot
  const start = lastWordStart(text, a);
  if (plainLongWord(text, start, a.end)) return false;
  const word = text.slice(start, a.end);
  if (!word.endsWith(".")) return false;
  const bare = withoutFinalDots(word).toLowerCase();
  // Most sentences end with a plain word: none of the rules below can then apply.
  const digits = /^\d{1,3}$/.test(bare);
  if (!digits && !TITLE_ABBREVIATIONS.has(bare) && !NUMBER_ABBREVIATIONS.has(bare) && !mayBeInitials(word, bare)) return false;
  const next = firstWord(text, b);
  // A day or an ordinal written with a dot (German, Nordic, Slavic): "am 2. Oktober", "das 18. Lebensjahr".
  if (
    digits &&
    (ALL_MONTHS.has(next.toLowerCase()) || (/^\d{1,2}$/.test(bare) && ORDINAL_DOT_BEFORE_NOUN && isUpper(next[0]) && !SENTENCE_OPENERS.has(next.toLowerCase())))
  )
    return true;
  const nextIsOpener = SENTENCE_OPENERS.has(next.toLowerCase());
  if (TITLE_ABBREVIATIONS.has(bare)) return true;
  if (NUMBER_ABBREVIATIONS.has(bare)) return isDigit(next[0]);
  // Initialisms ("U.S.", "p.m.") and initials ("John F. Kennedy") end a sentence only when
  // a word that typically opens one follows.
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word.replace(/\.$/, "") + ".") || /^\p{Lu}$/u.test(bare)) {
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

function startsLower(text: string, s: Span): boolean {
  if (/^["“„«「]/.test(text[s.start] ?? "")) return false;
  // The first letter or number within ten code units decides; a surrogate pair goes to the regex.
  for (let i = s.start; i < Math.min(text.length, s.start + 10); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const m = /^[^\p{L}\p{N}]*(.)/u.exec(text.slice(s.start, s.start + 10));
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

/**
 * Sentences within the given paragraphs, trimmed, offsets into the whole text. Repairs the
 * segmenter's output: splits after an ellipsis before a capital, and rejoins false splits
 * after abbreviations, before a lower-case word and inside a quotation that continues.
 */
export function splitSentences(text: string, paragraphs: Span[], language: string, quotes: Span[] = []): Span[] {
  const seg = sentenceSegmenter(language);
  const out: Span[] = [];
  const qi = { i: 0 };
  // Indexed loops: this runs once per text, in on-stack-replaced code where for-of iterators are allocated.
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const first = out.length;
    const raws = rawSentences(text, paragraphs[pi]!, seg);
    for (let ri = 0; ri < raws.length; ri++) {
      const parts = splitEllipses(text, raws[ri]!);
      for (let k = 0; k < parts.length; k++) {
        const s = parts[k]!;
        const prev = out.length > first ? out[out.length - 1] : undefined;
        // "prêts. » Puis": the segmenter leaves a spaced closing mark at the next sentence's start.
        const stray = isStrayCloser(text.charCodeAt(s.start)) ? /^[»”」』)]+(?=\s)/.exec(text.slice(s.start, s.start + 4)) : null;
        if (prev && stray) {
          prev.end = s.start + stray[0].length;
          const rest = trimSpan(text, prev.end, s.end);
          if (!rest) continue;
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
            insideContinuingQuote(text, s.start, quotes, qi));
        if (merge) prev.end = s.end;
        else out.push(s); // (splitEllipses made it: no copy needed)
      }
    }
  }
  return out;
}
