// The matches of a lexicon's pattern in a span, for check-worthiness (checkworthy.ts): all of them, or only the first.
import { asciiTwin } from "./ascii-twin";
import { overlapsSome, type Found } from "./dates";
import { isPlain } from "./text";
import type { Span } from "./types";

/** Global copies of non-global patterns, made once (a fresh copy per call also missed asciiTwin's cache). */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  if (re.global) return re;
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  return g;
}

/** (One empty list for the default: a default `[]` is a new array at each call.) */
const NO_SPANS: readonly Span[] = [];

/** The global pattern to run on text[span]: its ASCII twin when the span is plain. */
function runnable(re: RegExp, text: string, span: Span): RegExp {
  const global = globalOf(re);
  return (isPlain(text, span.start, span.end) && asciiTwin(global)) || global;
}

/**
 * The matches of `re` in text[start, end) that overlap none of `avoid`, up to `limit` (the rest is not searched), from
 * slice[from] on when no match can begin earlier.
 */
export function all(re: RegExp | null, text: string, span: Span, slice: string, limit = Infinity, avoid: readonly Span[] = NO_SPANS, from = 0): Found[] {
  if (!re) return [];
  const out: Found[] = [];
  const g = runnable(re, text, span);
  g.lastIndex = from;
  // (Not searched on once the limit is reached: `m && out.length < limit` ran the pattern once more before stopping.)
  while (out.length < limit) {
    const m = g.exec(slice);
    if (!m) break;
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const found = { start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0].trim() };
    if (!overlapsSome(found, avoid)) out.push(found);
  }
  return out;
}

/**
 * `all(re, text, span, slice, 1, avoid)[0]`, without the list; searched from slice[from] on when no match can begin
 * earlier. (lastIndex is left at 0, as a search that ends leaves it.)
 */
export function first(re: RegExp | null, text: string, span: Span, slice: string, avoid: readonly Span[] = NO_SPANS, from = 0): Found | undefined {
  if (!re) return undefined;
  const g = runnable(re, text, span);
  g.lastIndex = from;
  for (let m = g.exec(slice); m; m = g.exec(slice)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const found = { start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0].trim() };
    if (!overlapsSome(found, avoid)) {
      g.lastIndex = 0;
      return found;
    }
  }
  return undefined;
}

/** Whether `re` matches in slice[from, …) (a test: no match is made). */
export function occurs(re: RegExp, text: string, span: Span, slice: string, from: number): boolean {
  const g = runnable(re, text, span);
  g.lastIndex = from;
  const found = g.test(slice);
  g.lastIndex = 0;
  return found;
}
