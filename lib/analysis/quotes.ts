import type { Span } from "./types";
import { isLetter, isSpace } from "./text";

/** A top-level quotation: span includes its quote marks; marks are one character each. */
export type QuoteSpan = Span;

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
};

const DOUBLE_MARKS = /["“”„«»「」『』]/g;
const ALL_MARKS = /["“”„«»「」『』‘’‚']/g;

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

  const promote = (frame: Frame): void => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(...frame.children);
    else out.push(...frame.children);
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let from = para.start;
    if (stack.length > 0) {
      // A quotation left open by the previous paragraph continues only if this paragraph
      // starts with the same opening mark; otherwise it was never closed.
      const reopen = text[para.start];
      if (reopen !== undefined && text[stack[0]!.pos] === reopen) {
        stack = stack.slice(0, 1);
        from = para.start + 1;
      } else {
        while (stack.length > 0) promote(stack.pop()!);
      }
    }
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < para.end; m = re.exec(text)) {
      step(text, m.index, m[0], stack, out, promote);
    }
  }
  while (stack.length > 0) promote(stack.pop()!);
  return out.sort((a, b) => a.start - b.start).filter((q) => /\S/.test(text.slice(q.start + 1, q.end - 1)));
}

function step(text: string, i: number, mark: string, stack: Frame[], out: QuoteSpan[], promote: (f: Frame) => void): void {
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
    const span = { start: frame.pos, end: i + 1 };
    const parent = stack.at(-1);
    if (parent) parent.children.push(span);
    else out.push(span);
    return;
  }

  const closers = CLOSERS[mark];
  if (!closers) return;
  // Marks that are the same either side (" and ') open only before a word, never after one.
  const symmetric = mark === '"' || mark === "'" || mark === "»";
  if (symmetric && (isSpace(after) || after === undefined || (!isSpace(before) && before !== undefined && isLetter(before)))) return;
  if (mark === "‘" && isLetter(before)) return;
  stack.push({ pos: i, closers, children: [] });
}
