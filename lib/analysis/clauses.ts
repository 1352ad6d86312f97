import * as argument from "./lexicon-argument";
import type { RelationType, Span } from "./types";
import { isUpperAt, words, type Words } from "./text";
import { CLAUSE_WORD } from "./word-flags";

const { CONTRAST_MARKERS } = argument;

export type ClauseRole = "premise" | "main" | "concession";

export interface Clause extends Span {
  role: ClauseRole;
}

/**
 * A relation by index: between two clauses of one sentence (their index in splitClauses' list), and in units.ts between
 * two pieces. A class, not an object literal: a literal `{ from, to, … }` with numbers shared its V8 map with the
 * analysis's relations, whose `from` and `to` are unit ids, and the first relation made the fields general and threw away
 * the optimised code that read them. (`declare` fields: field definitions would first set each one to undefined, and the
 * numbers would not stay small integers in V8's view.)
 */
export class Link {
  declare readonly from: number;
  declare readonly to: number;
  declare readonly type: RelationType;
  declare readonly signal: string;

  constructor(from: number, to: number, type: RelationType, signal: string) {
    this.from = from;
    this.to = to;
    this.type = type;
    this.signal = signal;
  }
}

const MIN_WORDS = 3;
const OPENERS_REASON = new Set(["since", "because", "given", "as"]);
const OPENERS_CONCESSION = new Set(["despite", "although", "though", "while", "whereas"]);
const COMMENT_VERBS = new Set(
  "know knew see saw said say says noted mentioned recall remember wrote heard understand expected can could will would have had put reported".split(" "),
);
const SUBJECTS = new Set(["he", "she", "it", "they", "this", "these", "we", "there"]);

/** "as" (word i) gives a reason only before a clause with its own subject: "as China has ...". */
export function asGivesReason(w: Words, i: number): boolean {
  if (i + 1 >= w.length) return false;
  // "as we know", "as he said": a comment on the sentence, not a reason for it.
  if (i + 2 < w.length && COMMENT_VERBS.has(w.norm(i + 2))) return false;
  return SUBJECTS.has(w.norm(i + 1)) || (isUpperAt(w.text, w.start(i + 1)) && !ARTICLE.test(w.word(i + 1)));
}
const ARTICLE = /^(?:a|an|the)$/i;

/** Whether a comma or semicolon (then only spaces) lies between `from` and `pos`. */
function commaBefore(text: string, pos: number, from: number): boolean {
  let i = pos - 1;
  while (i >= from && text.charCodeAt(i) === 32) i--;
  return i >= from && (text[i] === "," || text[i] === ";");
}

/** “ « „ 「 ( */
const isOpenMark = (c: number): boolean => c === 0x201c || c === 0xab || c === 0x201e || c === 0x300c || c === 40;
/** ” » 」 ) */
const isCloseMark = (c: number): boolean => c === 0x201d || c === 0xbb || c === 0x300d || c === 41;

/** Commas outside quotation marks and brackets. */
function topLevelCommas(text: string, span: Span): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 && depth === 0) out.push(i);
    else if (isOpenMark(c)) depth++;
    else if (isCloseMark(c)) depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Number of words starting before `pos`. */
function wordsBefore(w: Words, pos: number): number {
  let lo = 0;
  let hi = w.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (w.start(mid) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function split(span: Span, at: number, first: ClauseRole, second: ClauseRole): Clause[] {
  return [
    { start: span.start, end: at, role: first },
    { start: at, end: span.end, role: second },
  ];
}

const DIGIT_FIRST = /^\d/;

/** Words that can make a joint below, at the start or between the first and last three words. */
const JOINT_WORDS = new Set(["because", "since", "given", "for", "as", "but", "however", "yet"]);

/**
 * Whether splitClauses can split a sentence with these words: most sentences hold no
 * candidate word, and are then answered without building their tokens.
 */
function mayHaveJoint(w: Words): boolean {
  if (w.length < 2 * MIN_WORDS) return false;
  // (A bit of the word's flags first: set for every word of these lists, and for few others.)
  if (w.flags(0) & CLAUSE_WORD && (OPENERS_REASON.has(w.norm(0)) || OPENERS_CONCESSION.has(w.norm(0)))) return true;
  for (let i = MIN_WORDS; i < w.length - MIN_WORDS; i++) if (w.flags(i) & CLAUSE_WORD && JOINT_WORDS.has(w.norm(i))) return true;
  return false;
}

/**
 * Splits one sentence at its argumentative joint, if it has one: a leading reason
 * ("Since X, Y"), a leading concession ("Despite X, Y"), a trailing reason ("Y, because
 * X") or a contrast ("Y, but Z"). One split per sentence keeps the units readable.
 * The sentence is text[start, end), trimmed. Null when the sentence stays whole (one "main" clause, no links), as most do: no lists made for them.
 */
export function splitClauses(text: string, start: number, end: number): { clauses: Clause[]; links: Link[] } | null {
  const whole = null;
  const w = words(text, start, end);
  if (!mayHaveJoint(w)) return whole;
  // (The span object only past the first test: most sentences stop there.)
  const span: Span = { start, end };
  const first = w.norm(0);

  if (OPENERS_REASON.has(first) || OPENERS_CONCESSION.has(first)) {
    if (first === "as" && !asGivesReason(w, 0)) return whole;
    if (first === "since" && DIGIT_FIRST.test(w.word(1))) return whole;
    const comma = topLevelCommas(text, span).find((c) => wordsBefore(w, c) >= MIN_WORDS && w.length - wordsBefore(w, c) >= MIN_WORDS);
    if (comma === undefined) return whole;
    const reason = OPENERS_REASON.has(first);
    return {
      clauses: split(span, comma + 1, reason ? "premise" : "concession", "main"),
      links: [new Link(0, 1, reason ? "SUPPORTS" : "ATTACKS", `marker:${first}`)],
    };
  }

  for (let i = MIN_WORDS; i < w.length - MIN_WORDS; i++) {
    const norm = w.norm(i);
    const afterComma = commaBefore(text, w.start(i), w.end(i - 1));
    const reason =
      norm === "because" ||
      (afterComma && norm === "since" && !DIGIT_FIRST.test(w.word(i + 1))) ||
      (afterComma && norm === "given" && w.norm(i + 1) === "that") ||
      (afterComma && norm === "for" && SUBJECTS.has(w.norm(i + 1))) ||
      (afterComma && norm === "as" && asGivesReason(w, i));
    if (reason) {
      return { clauses: split(span, w.start(i), "main", "premise"), links: [new Link(1, 0, "SUPPORTS", `marker:${norm}`)] };
    }
    if (afterComma && (norm === "but" || norm === "however" || norm === "yet") && CONTRAST_MARKERS.has(norm)) {
      return { clauses: split(span, w.start(i), "main", "main"), links: [new Link(1, 0, "ATTACKS", `marker:${norm}`)] };
    }
  }
  return whole;
}
