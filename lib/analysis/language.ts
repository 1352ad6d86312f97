// Language: given by the caller or guessed from the script of the first letters.
// Script is enough for what the analyser does with the language (choosing Intl.Segmenter
// rules and quote conventions); telling English from French needs no more here.

const SAMPLE = 20_000;

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["ru", /\p{Script=Cyrillic}/u],
  ["zh", /\p{Script=Han}/u],
  ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["ko", /\p{Script=Hangul}/u],
  ["ar", /\p{Script=Arabic}/u],
  ["he", /\p{Script=Hebrew}/u],
  ["el", /\p{Script=Greek}/u],
  ["en", /\p{Script=Latin}/u],
];

// Per BMP code unit: 0 not yet known, 1 + index in SCRIPTS, or NO_SCRIPT (not a letter, or
// a letter of none of the scripts).
const scriptOf = new Uint8Array(0x10000);
const NO_SCRIPT = 255;

function scriptIndex(ch: string): number {
  if (!/\p{L}/u.test(ch)) return NO_SCRIPT;
  const i = SCRIPTS.findIndex(([, re]) => re.test(ch));
  return i < 0 ? NO_SCRIPT : i + 1;
}

/** The BCP 47 tag of the dominant script in the text ("en" for Latin or no letters). */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  const sample = text.slice(0, SAMPLE);
  const ascii = countScripts(sample, counts);
  if (ascii > 0) counts.set("en", counts.get("en")! + ascii);
  // Japanese text is mostly Han with some kana; any kana at all means Japanese.
  if ((counts.get("ja") ?? 0) > 0 && (counts.get("zh") ?? 0) > 0) return "ja";
  let best = "en";
  let bestCount = 0;
  for (const [tag, n] of counts) {
    if (n > bestCount) [best, bestCount] = [tag, n];
  }
  return best === "en" ? latinLanguage(sample) : best;
}

/**
 * Letters per script tag into `counts`, except ASCII letters: those are counted apart (the common
 * case) and returned, their tag entered in `counts` when the first is seen, so ties still go to
 * the script seen first. In chunks: a loop over the whole sample runs once per analysis, so V8 only
 * ever ran it in on-stack-replaced code, compiled again and again over the first analyses; a
 * function called per chunk is optimised early and keeps its code.
 */
function countScripts(sample: string, counts: Map<string, number>): number {
  const tally: ScriptTally = { next: 0, ascii: 0 };
  while (tally.next < sample.length) countScriptsIn(sample, Math.min(sample.length, tally.next + CHUNK), counts, tally);
  return tally.ascii;
}
const CHUNK = 1024;

/** Where countScripts goes on from, and the ASCII letters so far. */
interface ScriptTally {
  next: number;
  ascii: number;
}

/** countScripts over the characters from `tally.next` to `stop` (a surrogate pair at `stop` is taken whole). */
function countScriptsIn(sample: string, stop: number, counts: Map<string, number>, tally: ScriptTally): void {
  let ascii = tally.ascii;
  let i = tally.next;
  for (; i < stop; i++) {
    const code = sample.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) {
        if (ascii++ === 0 && !counts.has("en")) counts.set("en", 0);
      }
      continue;
    }
    const cp = sample.codePointAt(i)!;
    let k: number;
    if (cp > 0xffff) {
      k = scriptIndex(String.fromCodePoint(cp));
      i++;
    } else {
      k = scriptOf[cp]!;
      if (k === 0) k = scriptOf[cp] = scriptIndex(String.fromCharCode(cp));
    }
    if (k === NO_SCRIPT) continue;
    const tag = SCRIPTS[k - 1]![0];
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  tally.next = i;
  tally.ascii = ascii;
}

// Latin script is shared by English, German, French and Spanish: their most frequent
// function words tell them apart. Closed-class words only; English wins ties.
const FUNCTION_WORDS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ["en", new Set("the and of to in is that was for with".split(" "))],
  ["de", new Set("der die das und nicht ist mit den von zu".split(" "))],
  ["fr", new Set("le la les et des est une du dans pour".split(" "))],
  ["es", new Set("el los las y que del una por con para".split(" "))],
];

const LONGEST_FUNCTION_WORD = Math.max(...FUNCTION_WORDS.flatMap(([, words]) => [...words].map((w) => w.length)));
// Per BMP code unit: 0 not yet known, 1 a letter (\p{L}), 2 not.
const letterClass = new Uint8Array(0x10000);

/** The length (1 or 2 code units) of the letter at `i`, or 0 when no letter starts there. */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const cp = s.codePointAt(i)!;
  if (cp > 0xffff) return /\p{L}/u.test(String.fromCodePoint(cp)) ? 2 : 0;
  if (letterClass[c] === 0) letterClass[c] = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return letterClass[c] === 1 ? 1 : 0;
}

function latinLanguage(sample: string): string {
  const scores = new Map<string, number>();
  countFunctionWords(sample.toLowerCase(), scores);
  let best = "en";
  for (const [tag] of FUNCTION_WORDS) if ((scores.get(tag) ?? 0) > (scores.get(best) ?? 0)) best = tag;
  return best;
}

/** Function words per language tag into `scores`, in chunks (see countScripts). */
function countFunctionWords(lower: string, scores: Map<string, number>): void {
  for (let i = 0; i < lower.length;) i = countFunctionWordsIn(lower, i, Math.min(lower.length, i + CHUNK), scores);
}

/** countFunctionWords for the words starting from `i` to `stop` (the last may run past it); returns where it stopped. */
function countFunctionWordsIn(lower: string, i: number, stop: number, scores: Map<string, number>): number {
  // The words of /\p{L}+/gu, scanned by hand; only words as short as a function word are looked up.
  while (i < stop) {
    let n = letterAt(lower, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    while (n > 0) {
      i += n;
      n = i < lower.length ? letterAt(lower, i) : 0;
    }
    if (i - start > LONGEST_FUNCTION_WORD) continue;
    const word = lower.slice(start, i);
    for (const [tag, words] of FUNCTION_WORDS) if (words.has(word)) scores.set(tag, (scores.get(tag) ?? 0) + 1);
  }
  return i;
}

/** A usable language tag: the given one if Intl accepts it, else the detected one. */
export function resolveLanguage(text: string, given: string | undefined): string {
  if (given) {
    try {
      const [canonical] = Intl.getCanonicalLocales(given);
      if (canonical) return canonical;
    } catch {
      // An invalid tag from the caller must not make analyze() throw.
    }
  }
  return detectLanguage(text);
}

/** Whether the language writes without spaces, so word-based rules do not apply. */
const UNSPACED = /^(?:zh|ja|th|lo|km|my)\b/i;
// (At module level: a regular expression literal in a function is a new object at each call, and this one is asked per quotation.)
export function isUnspaced(language: string): boolean {
  return UNSPACED.test(language);
}

const segmenters = new Map<string, Intl.Segmenter>();

// ONE segmenter per language is reused: constructing one costs far more than a segment call.
export function sentenceSegmenter(language: string): Intl.Segmenter {
  let seg = segmenters.get(language);
  if (!seg) {
    try {
      seg = new Intl.Segmenter(language, { granularity: "sentence" });
    } catch {
      seg = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(language, seg);
  }
  return seg;
}

// The segmenter (UAX 29) breaks a sentence only after a Sentence_Break STerm or ATerm (then closing marks and
// spaces) or after a paragraph separator (a chunk's CR and LF are spaces by then).
const TERMINAL = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E]/u;
// Per BMP code unit: 0 not yet known, 1 a terminal, 2 a paragraph separator or a surrogate (left to the segmenter), 3 neither.
// A table, not TERMINAL run over the chunk: V8 runs that class several times slower on Chinese text.
const breakClass = new Uint8Array(0x10000);
const TERMINAL_CLASS = 1;
const MAY_BREAK = 2;
const NEITHER = 3;

function breakClassOf(c: number): number {
  let k = breakClass[c]!;
  if (k === 0) {
    const separator = (c >= 0xd800 && c <= 0xdfff) || c === 0x85 || c === 0x2028 || c === 0x2029;
    k = breakClass[c] = separator ? MAY_BREAK : TERMINAL.test(String.fromCharCode(c)) ? TERMINAL_CLASS : NEITHER;
  }
  return k;
}

/**
 * Whether the segmenter would return the text as one segment: it holds no terminal, or only those that end it. Most
 * pieces between the breaks certainBreak finds are one sentence; a segment call and its segment objects cost far more.
 */
export function oneSentence(slice: string): boolean {
  for (let i = 0; i < slice.length; i++) {
    const k = breakClassOf(slice.charCodeAt(i));
    if (k === NEITHER) continue;
    if (k === MAY_BREAK) return false;
    // Terminals, closing marks and spaces to the end: no break before the end (rules SB8a to SB10).
    const end = stopEnd(slice, i);
    if (end === slice.length) return true;
    // "Jan. 12, the", "the U.S. Department", "3.5": full stops the segmenter never breaks after; English pieces hold many.
    if (!fullStopHolds(slice, i, end)) return false;
    i = end - 1;
  }
  return true;
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** ASCII other than letters and terminals (digits, spaces, marks): none is OLetter, Upper, Lower, ParaSep or SATerm (SB8). */
const isAsciiNotLetter = (c: number): boolean => c >= 32 && c < 127 && !isAsciiLetter(c) && c !== 46 && c !== 33 && c !== 63;

/**
 * Whether the segmenter certainly does not break after the lone full stop at `i` (its closing marks and spaces end at
 * `end`): before a digit (SB6), between a letter and a capital (SB7), before a comma, colon or semicolon (SB8a), or when
 * only digits, spaces and marks lead to a lower-case letter (SB8). Only ASCII is judged; the rest is left to the segmenter.
 */
function fullStopHolds(slice: string, i: number, end: number): boolean {
  if (slice.charCodeAt(i) !== 46 || breakClassOf(slice.charCodeAt(i + 1)) === TERMINAL_CLASS) return false;
  const c = slice.charCodeAt(end);
  if (end === i + 1 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90 && i > 0 && isAsciiLetter(slice.charCodeAt(i - 1))))) return true;
  if (c === 44 || c === 58 || c === 59) return true;
  let j = end;
  while (j < slice.length && isAsciiNotLetter(slice.charCodeAt(j))) j++;
  const next = slice.charCodeAt(j);
  return next >= 97 && next <= 122;
}

// Full stops (Sentence_Break ATerm) end fewer sentences than other terminals.
const FULL_STOPS: ReadonlySet<number> = new Set([0x2e, 0x2024, 0xfe52, 0xff0e]);
// Sentence_Break Close: quotation marks and brackets, opening ones included ("。“" ends a sentence after the mark).
const CLOSERS: ReadonlySet<number> = new Set(Array.from(`"'“”‘’«»「」『』()（）《》〈〉[]`, (c) => c.charCodeAt(0)));
const SPACES: ReadonlySet<number> = new Set([32, 9, 0xa0, 0x3000]);
/** A Latin letter, a digit or a CJK ideograph: Sentence_Break Upper, Lower, Numeric or OLetter. */
const isPlainLetter = (c: number): boolean =>
  ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * Where the segmenter certainly breaks after the terminal at `i`, or -1: after terminals, closing marks and spaces, before
 * a letter, a digit or an ideograph, or after a full stop only before spaces and a capital ("U.S" (SB7), "3.5" (SB6) and
 * "etc. and" (SB8) do not break): UAX 29 rule SB11, no rule before it applies. The segmenter restarts at each break, so
 * the text either side of it segments alone as in the whole: a chunk goes to it sentence by sentence, each then one sentence.
 */
export function certainBreak(slice: string, i: number): number {
  let j = i;
  let fullStop = false;
  for (; j < slice.length && breakClassOf(slice.charCodeAt(j)) === TERMINAL_CLASS; j++) fullStop ||= FULL_STOPS.has(slice.charCodeAt(j));
  while (j < slice.length && CLOSERS.has(slice.charCodeAt(j))) j++;
  const spaces = j;
  while (j < slice.length && SPACES.has(slice.charCodeAt(j))) j++;
  if (j >= slice.length) return -1;
  if (fullStop) return j > spaces && capitalDecides(slice, j) ? j : -1;
  // "?” “The": opening marks after the spaces come before the letter (a Close there is no SContinue, SB8a).
  let k = j;
  if (j > spaces) while (k < slice.length && CLOSERS.has(slice.charCodeAt(k))) k++;
  return k < slice.length && isPlainLetter(slice.charCodeAt(k)) ? j : -1;
}

/**
 * Whether a capital is the first letter from `j` on, after a full stop and spaces: "fair.” “The", "Mar. 6, 2006, Prime". Only
 * closing marks and ASCII digits, spaces and marks may come before it, and no comma, colon or semicolon first (SB8a): then
 * no Lower follows the full stop (SB8), and the segmenter breaks at `j` (SB11).
 */
function capitalDecides(slice: string, j: number): boolean {
  const first = slice.charCodeAt(j);
  if (first === 44 || first === 58 || first === 59) return false;
  let k = j;
  while (k < slice.length && (CLOSERS.has(slice.charCodeAt(k)) || isAsciiNotLetter(slice.charCodeAt(k)))) k++;
  return k < slice.length && isCapital(slice.charCodeAt(k));
}

/** A Latin or Cyrillic capital without diacritics: Sentence_Break Upper. */
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f) || c === 0x401;

/** The end of the terminals from `i` on, then closing marks, then spaces. */
function stopEnd(slice: string, i: number): number {
  let j = i;
  while (j < slice.length && breakClassOf(slice.charCodeAt(j)) === TERMINAL_CLASS) j++;
  while (j < slice.length && CLOSERS.has(slice.charCodeAt(j))) j++;
  while (j < slice.length && SPACES.has(slice.charCodeAt(j))) j++;
  return j;
}
