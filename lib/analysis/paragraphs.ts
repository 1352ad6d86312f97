import * as lexicon from "./lexicon";
import type { Span } from "./types";
import { isCloser, isLetterAt, isLowerAt, isSpaceAt, isTerminal, normWord, spaceSplitCount } from "./text";

const { DANGLING_WORDS } = lexicon;

export interface Paragraph extends Span {
  /** A short line without final punctuation followed by more text: a title or heading. */
  heading: boolean;
}

interface Line extends Span {
  /** Whether one or more blank lines precede this line. */
  afterBlank: boolean;
}

const HEADING_MAX_WORDS = 15;

function lines(text: string): Line[] {
  const out: Line[] = [];
  let blank = false;
  // The runs of /[^\r\n]+/g, found by indexOf: no match array or string per line, and a native scan is several times faster
  // than a loop over char codes. The next "\r" is kept across lines: most texts hold none, and would be searched to the end each time.
  let cr = -1;
  for (let start = 0, end = 0; start < text.length; start = end + 1) {
    if (cr < start) cr = indexOrLength(text, "\r", start);
    end = Math.min(cr, indexOrLength(text, "\n", start));
    if (end === start) continue;
    // trimSpan(text, start, end) without its span object: the line is the only object made.
    let s = start;
    let e = end;
    while (s < e && isSpaceAt(text, s)) s++;
    while (e > s && isSpaceAt(text, e - 1)) e--;
    if (e === s) {
      blank = true;
      continue;
    }
    const afterBlank = blank || lineBreaks(text, out.at(-1)?.end ?? 0, s) >= 2;
    out.push({ start: s, end: e, afterBlank });
    blank = false;
  }
  return out;
}

/** The index of the first `c` at or after `start`, or the text's length. */
function indexOrLength(text: string, c: string, start: number): number {
  const i = text.indexOf(c, start);
  return i < 0 ? text.length : i;
}

/**
 * The "\n" between two lines. The gap holds only white space (trimmed ends, line breaks, blank lines), so it
 * matches /\n[^\S\n]*\r?\n/ exactly when it holds two of them: counted without slicing or a regex.
 */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Hard-wrapped text (e-mail, plain-text exports) breaks every sentence across lines and
 * separates paragraphs with blank lines; there a single line break is just a space.
 */
function looksHardWrapped(all: Line[]): boolean {
  if (all.length < 4 || !all.some((l) => l.afterBlank)) return false;
  const wrapped = all.filter((l) => l.end - l.start >= 40 && l.end - l.start <= 100).length;
  return wrapped / all.length >= 0.6;
}

function endsOpen(text: string, line: Line): boolean {
  const last = text[line.end - 1];
  return !isTerminal(last) && !isCloser(last) && last !== ":" && last !== ";";
}

const LAST_LETTERS = /[\p{L}]+$/u;

/** The run of letters that ends the line's last 40 code units, normalised. */
function lastWord(text: string, line: Line): string {
  // Read back by hand (a Unicode pattern run over a slice per line was this pass's cost); a surrogate pair goes to the pattern.
  const from = Math.max(line.start, line.end - 40);
  let i = line.end;
  while (i > from && isLetterAt(text, i - 1)) i--;
  if (i > from && isSurrogate(text.charCodeAt(i - 1))) {
    const m = LAST_LETTERS.exec(text.slice(from, line.end));
    return m ? normWord(m[0]) : "";
  }
  return i < line.end ? normWord(text.slice(i, line.end)) : "";
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Whether `next` continues the sentence that `prev` leaves unfinished. */
function continues(text: string, prev: Line, next: Line, wrapped: boolean): boolean {
  if (!endsOpen(text, prev) && !(wrapped && !next.afterBlank)) return false;
  if (isLowerAt(text, next.start)) return true;
  const last = text[prev.end - 1];
  if (last === "," || last === "-" || last === "–" || last === "—") return !next.afterBlank;
  if (DANGLING_WORDS.has(lastWord(text, prev))) return !next.afterBlank;
  return wrapped && !next.afterBlank;
}

/**
 * Paragraphs: line runs split at line breaks, except where a line break interrupts a
 * sentence (the next line starts in lower case, or the line ends on a comma or a word such
 * as "the"). Offsets into the whole text, trimmed.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const all = lines(text);
  const wrapped = looksHardWrapped(all);
  const out: Paragraph[] = [];
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    const prev = out.at(-1);
    const prevLine = all[i - 1];
    if (prev && prevLine && !prev.heading && continues(text, prevLine, line, wrapped)) {
      prev.end = line.end;
      continue;
    }
    out.push({ start: line.start, end: line.end, heading: false });
  }
  for (let i = 0; i < out.length - 1; i++) {
    const p = out[i]!;
    const last = text[p.end - 1];
    p.heading = !isTerminal(last) && !isCloser(last) && last !== ":" && spaceSplitCount(text, p.start, p.end, HEADING_MAX_WORDS) <= HEADING_MAX_WORDS;
  }
  return out;
}
