// Mention objects and lists for the mention scan (mentions.ts): a run of words made a mention (its bounds without a
// trailing possessive, its name single-spaced), a name with particles, and the mentions of a kept sentence list within a
// span.
import { ALL_BODY_NOUNS, ALL_PLACE_NOUNS } from "./lexicons";
import { CAP, coreEnd, isApostrophe } from "./mention-runs";
import type { Mention } from "./mentions";
import { firstEndingAfter, isSpaceAt, type Words } from "./text";
import type { Span } from "./types";
import * as F from "./word-flags";
import { objectList } from "./object-list";

/** Particles inside a person's name: "Concepción Gutiérrez del Castillo", "Loyola de Palacio", "Ludwig van Beethoven". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(["de", "del", "van", "von", "da", "di", "la", "le"]);

/**
 * A name with particles, set off after an office ("la consejera …, Concepción Gutiérrez del Castillo"): capitalised
 * words joined by particles only, none of them a body's or a place's noun, is a person there.
 */
export function particleName(w: Words, cls: Uint8Array, run: { first: number; last: number }): boolean {
  if (run.last - run.first < 2 || cls[run.first] !== CAP || cls[run.last] !== CAP) return false;
  for (let k = run.first; k <= run.last; k++) {
    const norm = w.norm(k);
    if (cls[k] === CAP ? ALL_BODY_NOUNS.has(norm) || ALL_PLACE_NOUNS.has(norm) || w.flags(k) & F.OFFICE_NOUN : !NAME_PARTICLES.has(norm)) return false;
  }
  return true;
}

/** The end of the mention of words first..last: their core, without a trailing possessive (/[’']s?$/). */
function mentionEnd(w: Words, first: number, last: number): number {
  const start = w.start(first);
  let end = coreEnd(w, last);
  if (end > start && w.text.charCodeAt(end - 1) === 115 && end - 1 > start && isApostrophe(w.text.charCodeAt(end - 2))) end -= 2;
  else if (end > start && isApostrophe(w.text.charCodeAt(end - 1))) end -= 1;
  return end;
}

/** The name of the mention of words first..last ending at `end`: a one-word name is its word's text, kept once per distinct word (words.ts), not sliced per mention. */
const mentionName = (w: Words, first: number, last: number, end: number): string =>
  first === last && end === w.end(first) ? w.word(first) : singleSpaced(w.text, w.start(first), end);

/** The mention of words first..last (bounds given, not a run object made per mention). */
export function toMention(w: Words, first: number, last: number, kind: Mention["kind"]): Mention {
  const end = mentionEnd(w, first, last);
  return new FoundMention(w.start(first), end, mentionName(w, first, last, end), kind);
}

/** A person named with an office, as one literal: `{ ...toMention(…), office }` was a generic object copy per person. */
export function officeHolder(w: Words, first: number, last: number, office: string | undefined): Mention {
  const end = mentionEnd(w, first, last);
  return new HeldMention(w.start(first), end, mentionName(w, first, last, end), office);
}

/**
 * Mentions are made by constructors, not object literals: they live to the end of an analysis (the per-sentence cache), and
 * V8 moves a long-lived literal's allocation site to the old generation and then throws away every optimised function that
 * inlined it (bench/README.md, twenty-first session). None reaches the result: speakers are copied from them (toSpeaker).
 */
class FoundMention implements Mention {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: string,
    readonly kind: Mention["kind"],
  ) {}
}
class HeldMention implements Mention {
  readonly kind = "person" as const;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly name: string,
    readonly office: string | undefined,
  ) {}
}

// (At module level: a regular expression literal in a function is a new object at each evaluation.)
const SPACES = /\s+/g;

/** text.slice(start, end).replace(/\s+/g, " "), slicing only when some space is not a single " ". */
function singleSpaced(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? isSpaceAt(text, i + 1) && i + 1 < end : isSpaceAt(text, i)) return text.slice(start, end).replace(SPACES, " ");
  }
  return text.slice(start, end);
}

/**
 * The answer for every sentence or span without mentions (a quarter of them), one list shared by all: callers only read
 * the lists they are given (a sentence's list is kept and given to each caller that asks). In the element kind of the
 * others (objectList).
 */
export const NO_MENTIONS: Mention[] = objectList();

/**
 * The mentions of a sentence's kept list `all` within [start, end): a slice of it when they are consecutive there, as
 * they are in text order (a list grown by push held room for 17 mentions per call).
 */
export function within(all: Mention[], start: number, end: number): Mention[] {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    if (m.start >= start && m.end <= end) {
      if (first < 0) first = k;
      last = k;
      count++;
    }
  }
  if (count === 0) return NO_MENTIONS;
  if (count === all.length) return all;
  if (count === last - first + 1) return all.slice(first, last + 1);
  const out: Mention[] = [];
  for (const m of all) if (m.start >= start && m.end <= end) out.push(m);
  return out;
}

/**
 * firstEndingAfter(spans, pos), walked to from `near` when it is a few spans away (callers ask about nearby sentences in
 * turn: a fifth of the calls were two to a dozen sentences from the previous one, each a binary search over all of them).
 */
export function endingAfterNear(spans: readonly Span[], pos: number, near: number): number {
  let i = near < spans.length ? near : spans.length;
  for (let step = 0; step < NEAR_STEPS; step++) {
    if (i < spans.length && spans[i]!.end <= pos) i++;
    else if (i > 0 && spans[i - 1]!.end > pos) i--;
    else return i;
  }
  return firstEndingAfter(spans, pos);
}
const NEAR_STEPS = 12;
