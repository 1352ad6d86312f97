import * as argument from "./lexicon-argument";
import type { Paragraph } from "./paragraphs";
import type { Span } from "./types";
import { Link } from "./clauses";
import type { Piece, PieceLink } from "./units";
import { spaceSplitCount, words } from "./text";

const { BOILERPLATE_PATTERNS } = argument;

const TAIL_PARAGRAPHS = 3;
const SHORT_PARAGRAPH_WORDS = 25;
const LEDE_OVERLAP = 0.5;
/** Boilerplate phrases that mark a short line anywhere, not only at the end. */
const ANYWHERE = new Set(["rights-reserved", "subscribe", "photo-credit"]);

export interface ContextResult {
  /** Piece index -> signals that make it CONTEXT. */
  context: Map<number, string[]>;
  /** The lede piece and the later piece it repeats. */
  rephrases: PieceLink[];
}

function boilerplate(text: string, p: Span): string | undefined {
  const slice = text.slice(p.start, p.end);
  return BOILERPLATE_PATTERNS.find(([, re]) => re.test(slice))?.[0];
}

function trigrams(text: string, span: Span): Set<string> {
  const w = words(text, span.start, span.end);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w.norm(i)} ${w.norm(i + 1)} ${w.norm(i + 2)}`);
  return out;
}

/**
 * How many of the lede's trigrams the span holds, each counted once: `trigrams(span)` shared with `grams`, without
 * building every trigram of every piece (only those whose three words are all among the lede's `ledeWords`).
 */
function sharedTrigrams(text: string, span: Span, grams: Set<string>, ledeWords: Set<string>): number {
  const w = words(text, span.start, span.end);
  let seen: Set<string> | null = null;
  for (let i = 0; i + 2 < w.length; i++) {
    // A word outside the lede rules out every trigram holding it.
    if (!ledeWords.has(w.norm(i + 2))) i += 2;
    else if (!ledeWords.has(w.norm(i + 1))) i += 1;
    else if (ledeWords.has(w.norm(i))) {
      const g = `${w.norm(i)} ${w.norm(i + 1)} ${w.norm(i + 2)}`;
      if (grams.has(g)) (seen ??= new Set()).add(g);
    }
  }
  return seen?.size ?? 0;
}

/**
 * Pieces that are not part of the argument: headings, publisher boilerplate at the end
 * (or short credit lines anywhere), and a one-paragraph lede that repeats a sentence found
 * later (the article's own summary of its thesis).
 */
export function findContext(text: string, paragraphs: Paragraph[], sentences: Span[], pieces: Piece[]): ContextResult {
  const context = new Map<number, string[]>();
  const mark = (i: number, signal: string): void => {
    const list = context.get(i);
    if (list) list.push(signal);
    else context.set(i, [signal]);
  };
  // The pieces of paragraph pi are pieces[first[pi], end[pi]): buildPieces numbers their paragraphs in order (indexAt only
  // moves forward), so each paragraph's pieces are one run. (A list per paragraph in a map was most of this pass's allocation.)
  const first = new Int32Array(paragraphs.length + 1);
  const end = new Int32Array(paragraphs.length + 1);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const pi = pieces[i]!.paragraph;
    if (end[pi] === 0) end[pi] = i + 1;
    first[pi] = i;
  }
  const markAll = (pi: number, signal: string): void => {
    for (let i = first[pi]!; i < end[pi]!; i++) mark(i, signal);
  };
  const hasQuote = (pi: number): boolean => {
    for (let i = first[pi]!; i < end[pi]!; i++) if (pieces[i]!.quote) return true;
    return false;
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (p.heading) markAll(pi, "structure:heading");
    // Only a short paragraph can be a boilerplate line here: test the patterns only then.
    const short = spaceSplitCount(text, p.start, p.end, SHORT_PARAGRAPH_WORDS) <= SHORT_PARAGRAPH_WORDS;
    const rule = short ? boilerplate(text, p) : undefined;
    if (rule && ANYWHERE.has(rule)) markAll(pi, `boilerplate:${rule}`);
  }
  for (let pi = paragraphs.length - 1; pi >= Math.max(0, paragraphs.length - TAIL_PARAGRAPHS); pi--) {
    const rule = boilerplate(text, paragraphs[pi]!);
    if (!rule || hasQuote(pi)) break;
    markAll(pi, `boilerplate:${rule}`);
  }

  const rephrases: ContextResult["rephrases"] = [];
  const ledeIndex = paragraphs.findIndex((p) => !p.heading);
  const lede = paragraphs[ledeIndex];
  const ledeFirst = lede ? first[ledeIndex]! : 0;
  const ledeCount = lede ? end[ledeIndex]! - ledeFirst : 0;
  const ledeSentences = lede ? sentences.filter((s) => s.start >= lede.start && s.end <= lede.end) : [];
  if (lede && ledeSentences.length === 1 && ledeCount > 0 && paragraphs.length > 1) {
    const grams = trigrams(text, lede);
    const ledeWords = new Set<string>();
    for (let i = 0, w = words(text, lede.start, lede.end); i < w.length; i++) ledeWords.add(w.norm(i));
    const len = lede.end - lede.start;
    const target = pieces.findIndex((p) => {
      if (grams.size === 0 || p.paragraph <= ledeIndex || p.end - p.start < len / 2 || p.end - p.start > len * 2) return false;
      return sharedTrigrams(text, p, grams, ledeWords) / grams.size >= LEDE_OVERLAP;
    });
    if (target >= 0) {
      markAll(ledeIndex, "structure:lede-repeats");
      rephrases.push(new Link(ledeFirst, target, "REPHRASES", "structure:lede-repeats"));
    }
  }
  return { context, rephrases };
}
