import type { Span } from "./types";

// Character classes used everywhere. Kept as single-character tests so every scan stays linear.

// ASCII is answered without a regex, and every other code unit by a table filled on first
// sight: these run once or more per character of the text. A longer string (a surrogate pair)
// is still tested by the regular expression itself. The *At forms read the code unit, not
// text[i]: a character outside Latin-1 (Cyrillic, Chinese) is a new string at every text[i].
const C_SPACE = 1;
const C_UPPER = 2;
const C_LOWER = 4;
const C_LETTER = 8;
const C_DIGIT = 16;
const C_NUMBER = 32;
const C_KNOWN = 128;
const nonAscii = new Uint8Array(0x10000);

function classes(c: number): number {
  const k = nonAscii[c]!;
  return k !== 0 ? k : classify(c);
}

/**
 * The classes of a code unit first seen, kept in the table. A function of its own, called rarely: the optimising
 * compiler leaves it out of the callers that inline `classes` (six inlined regular expression tests made every one
 * of them several times larger to compile).
 */
function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k =
    C_KNOWN |
    (RE_SPACE.test(ch) ? C_SPACE : 0) |
    (RE_UPPER.test(ch) ? C_UPPER : 0) |
    (RE_LOWER.test(ch) ? C_LOWER : 0) |
    (RE_LETTER.test(ch) ? C_LETTER : 0) |
    (RE_DIGIT.test(ch) ? C_DIGIT : 0) |
    (RE_NUMBER.test(ch) ? C_NUMBER : 0);
  nonAscii[c] = k;
  return k;
}

const RE_SPACE = /\s/;
const RE_UPPER = /\p{Lu}|\p{Lt}/u;
const RE_LOWER = /\p{Ll}/u;
const RE_LETTER = /\p{L}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_NUMBER = /\p{N}/u;

/** Whether a non-ASCII `ch` has the class `bit` (what `re` tests). */
const hasClass = (ch: string, bit: number, re: RegExp): boolean => (ch.length === 1 ? (classes(ch.charCodeAt(0)) & bit) !== 0 : re.test(ch));
/** Whether the code unit c (≥ 128, not NaN past the text's end) has the class `bit`. */
const codeHas = (c: number, bit: number): boolean => c >= 128 && (classes(c) & bit) !== 0;

export const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && hasClass(ch, C_SPACE, RE_SPACE));
};
export const isUpper = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : hasClass(ch, C_UPPER, RE_UPPER);
};
/** isSpace(text[i]) without making the one-character string (ASCII answered from the code, the rest from the table). */
export const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || codeHas(c, C_SPACE);
};
/** isUpper(text[i]) likewise. */
export const isUpperAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : codeHas(c, C_UPPER);
};
/** isLower(text[i]), likewise. */
export const isLowerAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : codeHas(c, C_LOWER);
};
/** isLetter(text[i]) for a code unit that is no surrogate, likewise. */
export const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : codeHas(c, C_LETTER);
};
export const isLower = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : hasClass(ch, C_LOWER, RE_LOWER);
};
export const isLetter = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : hasClass(ch, C_LETTER, RE_LETTER);
};
export const isDigit = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : hasClass(ch, C_DIGIT, RE_DIGIT);
};
export const isWordChar = (ch: string | undefined): boolean =>
  isLetter(ch) || isDigit(ch) || (ch !== undefined && ch.charCodeAt(0) >= 128 && hasClass(ch, C_NUMBER, RE_NUMBER));
/** isWordChar(text[i]), likewise. */
export const isWordCharAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : codeHas(c, C_LETTER | C_DIGIT | C_NUMBER);
};

// (Patterns at module level: a regular expression literal in a function is a new object at each call.)
const TERMINAL = /[.!?…。！？‼⁇⁈⁉؟]/;
const CLOSER = /["'”’»«“」』)\]]/;
const INNER_DOT = /\p{L}\.\p{L}/u;

/** Sentence-final punctuation in the scripts we handle (Latin, Cyrillic, CJK, Arabic). */
export const isTerminal = (ch: string | undefined): boolean => ch !== undefined && TERMINAL.test(ch);

/** Closing quotation marks and brackets that may follow sentence-final punctuation. */
export const isCloser = (ch: string | undefined): boolean => ch !== undefined && CLOSER.test(ch);

export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end > start ? { start, end } : null;
}

/**
 * `text.slice(start, end).split(/\s+/).length`, counted without slicing or splitting, and
 * stopping once it exceeds `max` (callers only compare it with a small limit).
 */
export function spaceSplitCount(text: string, start: number, end: number, max = Infinity): number {
  let n = 1;
  for (let i = start; i < end && n <= max; i++) {
    if (!isSpaceAt(text, i)) continue;
    n++;
    while (i + 1 < end && isSpaceAt(text, i + 1)) i++;
  }
  return n;
}

// Per BMP code unit: 1 letter or number, 2 upper-case letter, 4 white space; 8 = computed.
const agentClass = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = 1;
const UPPER = 2;
const SPACE = 4;

function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return LETTER_OR_NUMBER | UPPER;
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) return LETTER_OR_NUMBER;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : 0;
  }
  if (cp < 0x10000 && agentClass[cp] !== 0) return agentClass[cp]! & 7;
  const ch = String.fromCodePoint(cp);
  const k = (/[\p{L}\p{N}]/u.test(ch) ? LETTER_OR_NUMBER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\s/u.test(ch) ? SPACE : 0);
  if (cp < 0x10000) agentClass[cp] = k | 8;
  return k;
}

/**
 * `/[\p{L}\p{N}][^\n]*?\s\p{Lu}/u.test(text.slice(start, end))` in one pass without
 * backtracking: a white space followed by a capital, with a letter or number before it on
 * the same line (the space itself may be the line break).
 */
export function capitalAfterWord(text: string, start: number, end: number): boolean {
  let seenWord = false;
  for (let i = start; i < end;) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff && i + 1 < end ? 2 : 1;
    const k = classOf(size === 1 && cp > 0xffff ? text.charCodeAt(i) : cp);
    if (seenWord && k & SPACE && i + size < end) {
      const next = text.codePointAt(i + size)!;
      const nextCp = next > 0xffff && i + size + 1 >= end ? text.charCodeAt(i + size) : next;
      if (classOf(nextCp) & UPPER) return true;
    }
    if (cp === 10) seenWord = false;
    else if (k & LETTER_OR_NUMBER) seenWord = true;
    i += size;
  }
  return false;
}

export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordCharAt(text, i)) return true;
  return false;
}

/** Whether text[start, end) holds an ASCII letter: a span without one matches no pattern spelled in them (a Chinese one). */
export function hasAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

// Words and their norms live in words.ts; re-exported here for the rules that import text.ts.
export { hasAsciiDigit, isPlain } from "./text-index";
export { countWords, firstNorm, firstTokens, normWord, tokens, withTokenCache, words, Words, type Token } from "./words";
import type { Token } from "./words";

/** The token text without a trailing sentence dot, unless it is an initialism like "U.S.". */
export function tokenCore(tok: Token): Span {
  if (tok.text.endsWith(".") && !INNER_DOT.test(tok.text)) return { start: tok.start, end: tok.end - 1 };
  return { start: tok.start, end: tok.end };
}

/** Index of the first span (sorted, non-overlapping) ending after `pos`: binary search. */
export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * firstEndingAfter, tried first at `near` and the span after it: for callers that mostly ask about one span several
 * times, then the next (a binary search over all of them per call was a measurable share of their lookups).
 */
export function firstEndingAfterNear(spans: readonly Span[], pos: number, near: number): number {
  for (let i = near; i <= near + 1 && i < spans.length; i++) if (spans[i]!.end > pos && (i === 0 || spans[i - 1]!.end <= pos)) return i;
  return firstEndingAfter(spans, pos);
}
