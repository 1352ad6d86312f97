import type { Span } from "./types";
import { REPORTING_VERBS } from "./lexicon";
import { isLetter, isSpace, isSpaceAt } from "./text";

/**
 * A top-level quotation: span includes its quote marks; marks are one character each. Made by a constructor, not a
 * `{ start, end }` literal: the spans are kept to the end of the analysis, and once V8 decided to allocate such a literal in
 * the old generation it threw away the optimised code that made them (step), in the second and third 1 MB runs.
 */
export class QuoteSpan implements Span {
  // (`declare` fields: see Link in clauses.ts.)
  declare start: number;
  declare end: number;

  constructor(start: number, end: number) {
    this.start = start;
    this.end = end;
  }
}

interface Frame {
  pos: number;
  closers: string;
  /** Quotations completed inside this one: dropped if it closes, kept if it never does. */
  children: QuoteSpan[];
}

// Which marks close a quotation opened by each mark. German „…“ and Polish „…” share the
// opener; a frame may accept several closers.
const CLOSERS: Record<string, string> = {
  "“": "”",
  "„": "“”",
  "«": "»",
  "»": "«",
  "「": "」",
  "『": "』",
  '"': '"',
  "‘": "’",
  "‚": "‘’",
  "'": "'",
  "‹": "›",
  "›": "‹",
  "《": "》",
  "〈": "〉",
};

const DOUBLE_MARKS = /["“”„«»「」『』《》〈〉]/g;
const ALL_MARKS = /["“”„«»「」『』《》〈〉‘’‚'‹›]/g;

/**
 * Russian dialogue: a paragraph that opens with a dash and gives its speaker after a second dash
 * ("— Мы очень устали, — признался Петров."). The two dashes are the quotation's marks.
 */
const DIALOGUE = /^[—–][^\S\n]+[^—–\n]*?[\p{L}\p{N}»”")][,!?…][^\S\n]*([—–])[^\S\n]+(\p{Ll}+)/u;

function dialogueLine(text: string, para: Span): QuoteSpan | null {
  const c = text.charCodeAt(para.start);
  if (c !== 0x2014 && c !== 0x2013) return null;
  const m = DIALOGUE.exec(text.slice(para.start, Math.min(para.end, para.start + 2000)));
  if (!m || !REPORTING_VERBS.has(m[2]!.toLowerCase())) return null;
  return new QuoteSpan(para.start, para.start + m.index + m[0].lastIndexOf(m[1]!) + 1);
}

/** Longest paragraph read as a headline or caption for single quotation marks. */
const HEADLINE_MAX = 200;

/** " “ ” „ « » and 〈 〉 《 》 「 」 『 』 (U+3008 to U+300F): DOUBLE_MARKS by code, without a set lookup per code unit. */
const isDoubleMarkCode = (c: number): boolean =>
  c === 34 || (c >= 0xab && (c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e) || (c >= 0x3008 && c <= 0x300f)));

function hasDoubleMark(text: string, para: Span): boolean {
  for (let i = para.start; i < para.end; i++) if (isDoubleMarkCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Top-level quotations in text order, never overlapping. Marks nested inside a quotation
 * are part of it. A quotation may not run past its paragraph unless the next paragraph
 * reopens it with the same mark (the multi-paragraph convention), so an unbalanced mark
 * never swallows the rest of the document.
 */
export function findQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  // Single quotes delimit quotations only in texts that use no double marks (British
  // style); elsewhere they are apostrophes or nested quotes.
  const singlePrimary = !DOUBLE_MARKS.test(text);
  DOUBLE_MARKS.lastIndex = 0;
  const re = singlePrimary ? ALL_MARKS : DOUBLE_MARKS;
  const out: QuoteSpan[] = [];
  let stack: Frame[] = [];
  // The first straight double mark at or after the current paragraph (-1: none left): most paragraphs hold
  // none, and are then not scanned for them. One indexOf per mark, not per paragraph, keeps this linear.
  let nextStraight = text.indexOf('"');
  let nextRight = text.indexOf("”");
  // The last match of a paragraph's scan lies past its end (or is -1: no mark left in the text). The next paragraph starts
  // from it when scanning with the same pattern, so a run of paragraphs without marks is not searched again for each one.
  let aheadRe: RegExp | undefined;
  let aheadAt = -1;

  const promote = (frame: Frame): void => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(...frame.children);
    else out.push(...frame.children);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    // Quotations pushed before this paragraph closed in an earlier one: only later ones can overlap its dialogue line.
    const first = out.length;
    let from = para.start;
    if (stack.length > 0) {
      // A quotation left open by the previous paragraph continues only if this paragraph
      // starts with the same opening mark; otherwise it was never closed.
      const reopen = text[para.start];
      if (reopen !== undefined && text[stack[0]!.pos] === reopen) {
        stack = stack.slice(0, 1);
        from = para.start + 1;
      } else if (stack.length === 1 && closesLater(text, paragraphs, p, text[stack[0]!.pos]!)) {
        // (Chinese also runs one quotation over paragraphs that do not reopen it: "「…。\n\n緣份一：…。\n\n…！」".)
      } else {
        while (stack.length > 0) promote(stack.pop()!);
      }
    }
    // A headline or caption without double marks may quote with single ones (wire style:
    // "North Korea puts military in 'quasi-state of war'") though the body uses double marks.
    const lineRe = !singlePrimary && stack.length === 0 && para.end - para.start <= HEADLINE_MAX && !hasDoubleMark(text, para) ? ALL_MARKS : re;
    // Straight double marks from here to the paragraph's end, the current one included.
    if (nextStraight >= 0 && nextStraight < from) nextStraight = text.indexOf('"', from);
    let left = nextStraight >= 0 && nextStraight < para.end ? straightMarks(text, nextStraight, para.end) : 0;
    // (”…” with the closing mark on both sides, as Swedish writes and some Chinese sources type it: a paragraph with no “ and an
    // even number of ” pairs them up.)
    if (nextRight >= 0 && nextRight < from) nextRight = text.indexOf("”", from);
    const rightPairs = nextRight >= 0 && nextRight < para.end && rightOnly(text, para.start, para.end);
    // (The pattern's lastIndex is still just past that match: nothing else has run it since.)
    const carried = aheadRe === lineRe && (aheadAt < 0 || aheadAt >= from);
    if (!carried) lineRe.lastIndex = from;
    let at = carried ? aheadAt : nextMark(lineRe, text);
    for (; at >= 0 && at < para.end; at = nextMark(lineRe, text)) {
      const mark = text[at]!;
      step(text, at, mark, stack, out, promote, left, rightPairs);
      if (mark === '"') left--;
    }
    aheadRe = lineRe;
    aheadAt = at;
    // A single mark left open at the end of such a line was an apostrophe: it must not run on.
    if (lineRe !== re && stack.length > 0) {
      while (stack.length > 0) promote(stack.pop()!);
    }
    if (stack.length === 0) {
      const dialogue = dialogueLine(text, para);
      if (dialogue && !overlapsFrom(out, first, dialogue)) out.push(dialogue);
    }
  }
  while (stack.length > 0) promote(stack.pop()!);
  return out.sort((a, b) => a.start - b.start).filter((q) => hasNonSpace(text, q.start + 1, q.end - 1));
}

/**
 * Where the pattern (one mark, one character) next matches from its lastIndex, or -1: test() and lastIndex rather than exec(),
 * which made a match array for every mark.
 */
function nextMark(re: RegExp, text: string): number {
  return re.test(text) ? re.lastIndex - 1 : -1;
}

/** /\S/.test(text.slice(start, end)), without the slice (isSpaceAt is \s). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return true;
  return false;
}

/** Paragraphs a corner-bracket quotation left open may run over before it closes. */
const CONTINUED_PARAGRAPHS = 4;
const CORNER_CLOSE: Readonly<Record<string, string>> = { "「": "」", "『": "』" };

/**
 * Whether a corner-bracket quotation left open before paragraph `p` closes in one of the next few paragraphs: each one before
 * it balanced in those marks, and that one holding the first unmatched closing mark.
 */
function closesLater(text: string, paragraphs: readonly Span[], p: number, open: string): boolean {
  const close = CORNER_CLOSE[open];
  if (!close) return false;
  for (let k = p; k < Math.min(paragraphs.length, p + CONTINUED_PARAGRAPHS); k++) {
    let depth = 0;
    for (let i = paragraphs[k]!.start; i < paragraphs[k]!.end; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close && --depth < 0) return true;
    }
    if (depth !== 0) return false;
  }
  return false;
}

function overlapsFrom(spans: readonly Span[], first: number, span: Span): boolean {
  for (let k = first; k < spans.length; k++) if (spans[k]!.start < span.end && span.start < spans[k]!.end) return true;
  return false;
}

/** Whether text[from, end) (a paragraph) holds no “ and an even number of ”: its ” marks pair among themselves. */
function rightOnly(text: string, from: number, end: number): boolean {
  let n = 0;
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x201c) return false;
    if (c === 0x201d) n++;
  }
  return n >= 2 && n % 2 === 0;
}

function straightMarks(text: string, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 34) n++;
  return n;
}

function step(
  text: string,
  i: number,
  mark: string,
  stack: Frame[],
  out: QuoteSpan[],
  promote: (f: Frame) => void,
  straightLeft: number,
  rightPairs = false,
): void {
  const before = text[i - 1];
  const after = text[i + 1];
  const isApostrophe = (mark === "’" || mark === "'") && isLetter(before) && isLetter(after);
  if (isApostrophe) return;

  // Close the innermost frame that accepts this mark; frames above it were unbalanced.
  for (let k = stack.length - 1; k >= 0; k--) {
    if (!stack[k]!.closers.includes(mark)) continue;
    if ((mark === "'" || mark === "’") && isLetter(after)) break;
    while (stack.length > k + 1) promote(stack.pop()!);
    const frame = stack.pop()!;
    const span = new QuoteSpan(frame.pos, i + 1);
    const parent = stack.at(-1);
    if (parent) parent.children.push(span);
    else out.push(span);
    return;
  }

  const closers = CLOSERS[mark] ?? (rightPairs && mark === "”" && !isSpace(after) && after !== undefined ? "”" : undefined);
  if (!closers) return;
  // Marks that are the same either side (" and ') open only before a word, never after one.
  const symmetric = mark === '"' || mark === "'" || mark === "»";
  if (symmetric && (isSpace(after) || after === undefined || (!isSpace(before) && before !== undefined && isLetter(before)))) {
    // A straight double mark that does not look like an opener ("de\" olvidarnos … historia \"", French typing
    // `" bonjour "`) opens all the same when the marks left in its paragraph, itself included, pair up.
    if (mark !== '"' || stack.length > 0 || after === undefined || straightLeft < 2 || straightLeft % 2 !== 0) return;
  }
  if (mark === "‘" && isLetter(before)) return;
  stack.push({ pos: i, closers, children: [] });
}
