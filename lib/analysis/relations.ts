import * as argument from "./lexicon-argument";
import type { AnalysedRelation, AnalysedUnit, Span } from "./types";
import type { Piece, PieceLink } from "./units";
import { firstNorm, words } from "./text";
import { objectList } from "./object-list";

const { CONCLUSION_MARKERS, CONFIRMING_VERBS, CONTRAST_MARKERS } = argument;

const LOOKBACK = 6;
const ANAPHORS = new Set(["this", "these", "that", "such"]);

interface Ctx {
  text: string;
  pieces: Piece[];
  units: AnalysedUnit[];
  sentences: Span[];
}

const TYPE_INDEX: Readonly<Record<AnalysedRelation["type"], number>> = { SUPPORTS: 0, ATTACKS: 1, CITES: 2, REPHRASES: 3 };

/** The relations found so far, each (from, to, type) once. */
class Relations {
  readonly out = objectList<AnalysedRelation>();
  /** (from, to, type) as one number (exact), not a string built per relation: see key. */
  private readonly seen = new Set<number>();

  constructor(private readonly units: AnalysedUnit[]) {}

  add(from: number, to: number, type: AnalysedRelation["type"], signal: string): void {
    if (from === to || from < 0 || to < 0) return;
    const key = this.key(from, to, TYPE_INDEX[type]);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({ from: this.units[from]!.id, to: this.units[to]!.id, type, signals: [signal] });
  }

  /**
   * Most relations join units at most LOOKBACK apart: their key is kept small (a small integer in V8, where
   * `(from * units + to) * 4 + type` passed 2^30 on a long text and was a heap number made per relation); others are
   * negative.
   */
  private key(from: number, to: number, type: number): number {
    const d = to - from + NEAR;
    if (d >= 0 && d <= 2 * NEAR) return (from * (2 * NEAR + 1) + d) * 4 + type;
    return -((from * this.units.length + to) * 4 + type) - 1;
  }
}
const NEAR = 8;

/** "marker:" + a marker word, one string per word (it is most relations' signal). */
const MARKER_SIGNALS = new Map<string, string>();
function markerSignal(word: string): string {
  let signal = MARKER_SIGNALS.get(word);
  if (signal === undefined) MARKER_SIGNALS.set(word, (signal = `marker:${word}`));
  return signal;
}

/** Which earlier units previousUnit accepts (for the piece `p`): one not a quotation, its attribution, the claim it illustrates. */
const NOT_QUOTE = 0;
const ATTRIBUTION = 1;
const ILLUSTRATED = 2;

function accepts(accept: number, u: AnalysedUnit, q: Piece, p: Piece): boolean {
  if (accept === NOT_QUOTE) return q.role !== "quote";
  if (accept === ATTRIBUTION) return q.role !== "quote" && (q.region === p.region || q.sentence === p.sentence - 1);
  return u.kind === "CLAIM" && q.role !== "intro" && q.paragraph === p.paragraph;
}

/** The nearest earlier argumentative unit (not CONTEXT) in the same or previous paragraph. */
function previousUnit(c: Ctx, i: number, accept: number): number {
  const p = c.pieces[i]!;
  const para = p.paragraph;
  for (let k = i - 1; k >= Math.max(0, i - LOOKBACK); k--) {
    const q = c.pieces[k]!;
    if (q.paragraph < para - 1) break;
    if (c.units[k]!.kind !== "CONTEXT" && accepts(accept, c.units[k]!, q, p)) return k;
  }
  return -1;
}

/** Discourse markers opening a sentence link it to what came before. */
function markerLinks(c: Ctx, i: number, rel: Relations): void {
  const p = c.pieces[i]!;
  if (p.start !== c.sentences[p.sentence]?.start || p.role === "quote") return;
  // Only the first word and the five after it are looked at.
  const limit = Math.min(p.end, p.start + 120);
  const first = firstNorm(c.text, p.start, limit);
  // Most sentences open with no marker: nothing below applies to them (and no view of the words is made for them).
  if (!CONCLUSION_MARKERS.has(first) && !CONTRAST_MARKERS.has(first) && !ANAPHORS.has(first)) return;
  const w = words(c.text, p.start, limit);
  const commaAfterFirst = c.text.charCodeAt(w.length > 0 ? w.end(0) : 0) === 44;
  const prev = previousUnit(c, i, NOT_QUOTE);
  if (prev < 0) return;
  if (CONCLUSION_MARKERS.has(first) && (first !== "so" || commaAfterFirst)) {
    rel.add(prev, i, "SUPPORTS", markerSignal(first));
    if (c.units[prev]!.kind === "CLAIM") {
      c.units[prev]!.kind = "PREMISE";
      c.units[prev]!.signals.push(`premise:before-${first}`);
    }
  } else if (CONTRAST_MARKERS.has(first) && first !== "despite" && first !== "although" && first !== "though") {
    rel.add(i, prev, "ATTACKS", markerSignal(first));
  } else if (ANAPHORS.has(first)) {
    for (let k = 1; k < Math.min(6, w.length); k++) {
      if (!CONFIRMING_VERBS.has(w.norm(k))) continue;
      rel.add(prev, i, "SUPPORTS", `marker:${first}-${w.norm(k)}`);
      break;
    }
  }
}

/**
 * Relations between units: clause links found while splitting (reason and contrast
 * markers), sentence-initial markers ("Therefore", "However", "This ... confirms"),
 * evidence to the unit that attributes it (CITES) and to the claim it illustrates
 * (SUPPORTS), and a lede to the sentence it repeats (REPHRASES).
 */
export function findRelations(c: Ctx, links: PieceLink[], rephrases: PieceLink[]): AnalysedRelation[] {
  const rel = new Relations(c.units);

  for (const l of links) rel.add(l.from, l.to, l.type, l.signal);
  for (let i = 0; i < c.pieces.length; i++) {
    if (c.units[i]!.kind === "CONTEXT") continue;
    markerLinks(c, i, rel);
    const p = c.pieces[i]!;
    if (p.role !== "quote") continue;
    const attribution = previousUnit(c, i, ATTRIBUTION);
    // (The quotation's signals are searched only when the unit is found, in another region.)
    const citer = attribution >= 0 && (c.pieces[attribution]!.region === p.region || p.quote?.signals.includes("speaker:previous-sentence")) ? attribution : -1;
    if (citer >= 0) rel.add(i, citer, "CITES", "evidence:attribution");
    // "“…,” X said.": the attribution follows the quotation in the same sentence.
    const next = c.pieces[i + 1];
    if (next && next.region === p.region && c.units[i + 1]!.signals.includes("role:attribution")) rel.add(i, i + 1, "CITES", "evidence:attribution");
    const claim = previousUnit(c, i, ILLUSTRATED);
    if (claim >= 0 && claim !== citer) rel.add(i, claim, "SUPPORTS", "evidence:illustrates");
  }
  for (const r of rephrases) rel.add(r.from, r.to, r.type, r.signal);
  return rel.out;
}
