import type { Span } from "./types";

// Character classes used everywhere. Kept as single-character tests so every scan stays linear.

export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}|\p{Lt}/u.test(ch);
export const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && /\p{Nd}/u.test(ch);
export const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Sentence-final punctuation in the scripts we handle (Latin, Cyrillic, CJK, Arabic). */
export const isTerminal = (ch: string | undefined): boolean =>
  ch !== undefined && /[.!?…。！？‼⁇⁈⁉؟]/.test(ch);

/** Closing quotation marks and brackets that may follow sentence-final punctuation. */
export const isCloser = (ch: string | undefined): boolean =>
  ch !== undefined && /["'”’»«“」』)\]]/.test(ch);

export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordChar(text[i])) return true;
  return false;
}

export interface Token extends Span {
  text: string;
  /** Lower case, apostrophe-s and trailing dots removed: the form looked up in lexicons. */
  norm: string;
}

// Words keep inner apostrophes, hyphens and dots so "Russia’s", "Kim Jong-un" and "U.S."
// stay one token. The pattern has no nested quantifiers, so it is linear.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[’'\-.](?=[\p{L}\p{N}]))*\.?/gu;

export function tokens(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let word = m[0];
    let wordEnd = m.index + word.length;
    if (wordEnd > end) {
      word = word.slice(0, end - m.index);
      wordEnd = end;
    }
    // A trailing dot belongs to the word only for abbreviations ("U.S.", "Mr."), decided by callers.
    out.push({ start: m.index, end: wordEnd, text: word, norm: normWord(word) });
  }
  return out;
}

export function normWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/\.+$/, "");
}

/** The token text without a trailing sentence dot, unless it is an initialism like "U.S.". */
export function tokenCore(tok: Token): Span {
  if (tok.text.endsWith(".") && !/\p{L}\.\p{L}/u.test(tok.text)) return { start: tok.start, end: tok.end - 1 };
  return { start: tok.start, end: tok.end };
}
