import { indexAt } from "./attributions";
import { asGivesReason, Link, splitClauses, type ClauseRole } from "./clauses";
import { isUnspaced } from "./language";
import type { Quote, Span } from "./types";
import { countWords, firstNorm, hasWordChar, isSpaceAt, isUpper, words } from "./text";
import { objectList } from "./object-list";

export type PieceRole = ClauseRole | "quote" | "intro" | "tail";

/**
 * A unit before it has a kind: a span of one sentence, a clause, or a carved quotation.
 *
 * Made by a constructor, not an object literal: V8 tracks a literal's allocations and, once they outlive a few scavenges
 * (pieces are kept to the end of the analysis), decides to allocate them in the old generation and throws away all
 * optimised code that inlined the literal (push, pushClauses, buildPieces), in each of the first three 1 MB runs. A
 * constructor's objects carry no such feedback. (`declare` fields: see Link in clauses.ts.)
 */
export class Piece implements Span {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly role: PieceRole;
  declare readonly paragraph: number;
  /** Index of the first sentence the piece lies in. */
  declare readonly sentence: number;
  /** Pieces of one sentence (or of the sentences a quotation joins) share a region. */
  declare readonly region: number;
  declare readonly quote: Quote | undefined;
  /** One clause of a sentence split at an argumentative joint (its unit's signal is "segment:clause"). */
  declare clause: boolean;

  constructor(start: number, end: number, role: PieceRole, paragraph: number, sentence: number, region: number, quote: Quote | undefined) {
    this.start = start;
    this.end = end;
    this.role = role;
    this.paragraph = paragraph;
    this.sentence = sentence;
    this.region = region;
    this.quote = quote;
    this.clause = false;
  }
}

/** A relation between two pieces, by their index in the list of pieces. */
export type PieceLink = Link;

const MIN_QUOTE_WORDS = 4;

// (At module level: a regular expression literal in a function is a new object at each evaluation.)
const UNSPACED_STOP = /[。！？.!?]/;
const STOP_THEN_SPACE = /[.!?…]\s/;
const LETTER = /\p{L}/u;
const NON_SPACE = /\S/;

/**
 * A speech quotation becomes a unit of its own (EVIDENCE) when it reads as whole
 * sentences; a quoted fragment stays inside the author's sentence, which makes the claim.
 */

function carvable(text: string, q: Quote, unspaced: boolean): boolean {
  if (q.kind !== "speech") return false;
  // q.text.trimStart() read in place: `lead` spaces (\s is what trimStart removes), which hold none of the marks tested below.
  const lead = q.text.search(NON_SPACE);
  const inner0 = lead < 0 ? undefined : q.text[lead];
  if (unspaced) return lead >= 0 && q.text.length - lead >= 2 * MIN_QUOTE_WORDS && UNSPACED_STOP.test(q.text);
  const sentenceLike = isUpper(inner0) || STOP_THEN_SPACE.test(q.text) || !LETTER.test(inner0 ?? "");
  return sentenceLike && countWords(text, q.start + 1, q.end - 1) >= MIN_QUOTE_WORDS;
}

function opensWithReason(text: string, start: number, end: number): boolean {
  // The first word, and for "as" the two after it (asGivesReason).
  // (The view of the words is made only for "as".)
  const limit = Math.min(end, start + 200);
  const first = firstNorm(text, start, limit);
  return first === "because" || first === "since" || (first === "as" && asGivesReason(words(text, start, limit), 0));
}

/**
 * Pieces and clause links as the sentences are walked. A class rather than closures made per
 * call: optimised code that had inlined one analysis's closures was thrown away at the next.
 */
class PieceBuilder {
  readonly pieces = objectList<Piece>();
  readonly links = objectList<PieceLink>();
  region = 0;
  private para = 0;

  constructor(
    private readonly text: string,
    private readonly paragraphs: Span[],
  ) {}

  push(start: number, end: number, role: PieceRole, sentence: number, quote?: Quote): void {
    const text = this.text;
    // trimSpan(text, start, end) without its span object: the piece is the only object made.
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end <= start || !hasWordChar(text, start, end)) return;
    this.para = indexAt(this.paragraphs, start, this.para);
    this.pieces.push(new Piece(start, end, role, this.para, sentence, this.region, quote));
  }

  pushClauses(start: number, end: number, role: PieceRole, sentence: number): void {
    const { text, pieces, links } = this;
    // trimSpan(text, start, end) in place: no span object per sentence.
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end <= start) return;
    if (role === "tail" && opensWithReason(text, start, end)) {
      // "“…,” as China has …": the rest of the sentence gives the reason for its first part.
      let target = -1;
      for (let k = pieces.length - 1; k >= 0 && pieces[k]!.region === this.region; k--) {
        if (target < 0 || pieces[k]!.role !== "quote") target = k;
        if (pieces[k]!.role !== "quote") break;
      }
      const before = pieces.length;
      this.push(start, end, "premise", sentence);
      const first = firstNorm(text, start, Math.min(end, start + 20));
      if (target >= 0 && pieces.length > before) {
        links.push(new Link(pieces.length - 1, target, "SUPPORTS", `marker:${first}`));
      }
      return;
    }
    const split = splitClauses(text, start, end);
    // One clause (most sentences): no links to map, so no list of kept pieces (one grown by push holds room for 17).
    if (split === null) return this.push(start, end, role, sentence);
    const { clauses, links: local } = split;
    const base = pieces.length;
    const kept: number[] = [];
    for (let k = 0; k < clauses.length; k++) {
      const c = clauses[k]!;
      const before = pieces.length;
      this.push(c.start, c.end, clauses.length > 1 && c.role !== "main" ? c.role : role, sentence);
      kept.push(pieces.length > before ? pieces.length - 1 : -1);
      if (pieces.length > before && clauses.length > 1) pieces.at(-1)!.clause = true;
    }
    for (let k = 0; k < local.length; k++) {
      const l = local[k]!;
      const from = kept[l.from];
      const to = kept[l.to];
      if (from !== undefined && to !== undefined && from >= base && to >= base) links.push(new Link(from, to, l.type, l.signal));
    }
  }
}

export function buildPieces(text: string, sentences: Span[], paragraphs: Span[], quotes: Quote[], language: string): { pieces: Piece[]; links: PieceLink[] } {
  const unspaced = isUnspaced(language);
  const b = new PieceBuilder(text, paragraphs);
  let qi = 0;
  // The carved quotations of one sentence: one list, emptied per sentence.
  const carved = objectList<Quote>();
  for (let i = 0; i < sentences.length; b.region++) {
    const start = sentences[i]!.start;
    let end = sentences[i]!.end;
    let j = i;
    carved.length = 0;
    while (qi < quotes.length && quotes[qi]!.start < end) {
      const q = quotes[qi++]!;
      if (q.start < start || !carvable(text, q, unspaced)) continue;
      carved.push(q);
      while (q.end > end && j + 1 < sentences.length) end = sentences[++j]!.end;
    }
    if (carved.length === 0) b.pushClauses(start, end, "main", i);
    else {
      let cursor = start;
      for (let k = 0; k < carved.length; k++) {
        const q = carved[k]!;
        b.pushClauses(cursor, q.start, "intro", i);
        b.push(q.start, q.end, "quote", indexAt(sentences, q.start, i), q);
        cursor = q.end;
      }
      b.pushClauses(cursor, end, "tail", j);
    }
    i = j + 1;
  }
  return { pieces: b.pieces, links: b.links };
}
