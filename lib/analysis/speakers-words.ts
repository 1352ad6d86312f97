// The words the attribution rules read (speakers.ts, subjects.ts, reporting-verbs.ts, speaker-shapes.ts), by index:
// words.ts's view of a span, read off its typed arrays. The lead-in of every speech quotation is attributed, and the
// token list built for it (a Token object per word, every call) was most of attribute()'s cost and allocation.
import type { Span } from "./types";
import { firstEndingAfter, isUpperAt, words, type Token, type Words } from "./text";

/** Word i of a span: its bounds, its text and its norm (as `Token`'s fields). Only 0 <= i < length may be read. */
export interface WordList {
  readonly text: string;
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  norm(i: number): string;
  word(i: number): string;
}

/** The words of a view at the given indices (those of a span outside the quotations inside it). */
class Kept implements WordList {
  readonly text: string;
  readonly length: number;
  constructor(
    private readonly w: Words,
    private readonly at: readonly number[],
  ) {
    this.text = w.text;
    this.length = at.length;
  }
  start(i: number): number {
    return this.w.start(this.at[i]!);
  }
  end(i: number): number {
    return this.w.end(this.at[i]!);
  }
  norm(i: number): string {
    return this.w.norm(this.at[i]!);
  }
  word(i: number): string {
    return this.w.word(this.at[i]!);
  }
}

/** A token list read as a WordList (for the rules that get tokens from elsewhere: attributeAfter's first words). */
export class TokenWords implements WordList {
  readonly length: number;
  constructor(
    readonly text: string,
    private readonly toks: readonly Token[],
  ) {
    this.length = toks.length;
  }
  start(i: number): number {
    return this.toks[i]!.start;
  }
  end(i: number): number {
    return this.toks[i]!.end;
  }
  norm(i: number): string {
    return this.toks[i]!.norm;
  }
  word(i: number): string {
    return this.toks[i]!.text;
  }
}

/** The words of text[span] not inside any excluded span (quotations; sorted), as `outside(tokens(…), exclude)` was. */
export function wordsOutside(text: string, span: Span, exclude: readonly Span[]): WordList {
  const w = words(text, span.start, span.end);
  if (w.length === 0) return w;
  let e = firstEndingAfter(exclude, w.start(0));
  // No excluded span starts by the last word (the usual lead-in): the view itself.
  if (e >= exclude.length || exclude[e]!.start > w.start(w.length - 1)) return w;
  const at: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const s = w.start(i);
    while (e < exclude.length && exclude[e]!.end <= s) e++;
    const q = exclude[e];
    if (!(q && q.start <= s)) at.push(i);
  }
  return new Kept(w, at);
}

/** Word i's norm, or "" outside the list (`toks[i]?.norm ?? ""`). */
export const normOr = (w: WordList, i: number): string => (i >= 0 && i < w.length ? w.norm(i) : "");

/** Whether word i opens on a capital (`isUpper(tok.text[0])`). */
export const upperAt = (w: WordList, i: number): boolean => isUpperAt(w.text, w.start(i));

/** The index of the first word starting at or after `pos`, or -1 (`toks.findIndex((t) => t.start >= pos)`). */
export function indexFrom(w: WordList, pos: number): number {
  for (let i = 0; i < w.length; i++) if (w.start(i) >= pos) return i;
  return -1;
}

/** The first `n` words of a list (`toks.slice(0, n)`). */
export function firstWords(w: WordList, n: number): WordList {
  return n >= w.length ? w : new Head(w, n);
}
class Head implements WordList {
  readonly text: string;
  constructor(
    private readonly w: WordList,
    readonly length: number,
  ) {
    this.text = w.text;
  }
  start(i: number): number {
    return this.w.start(i);
  }
  end(i: number): number {
    return this.w.end(i);
  }
  norm(i: number): string {
    return this.w.norm(i);
  }
  word(i: number): string {
    return this.w.word(i);
  }
}
