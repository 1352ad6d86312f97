// Which words of a unit a relation is drawn to. A relation end normally means the whole unit; once
// a merge joins two units, each end remembers the span of the unit it was drawn to (document
// offsets: the original text never changes, so they stay true), and a later split hands every
// relation to the half that holds those words. Merge then split at the old boundary gives each
// relation back to the unit it started on.
import type { Span } from "./segmentation";

/** A relation as merge and split see it: its ends and, per end, the words it is anchored to (null: the whole unit). */
export interface AnchoredRelation {
  id: string;
  fromId: string;
  toId: string;
  type: string;
  fromAnchor: Span | null;
  toAnchor: Span | null;
}

/** The new ends of a relation after a merge or a split (only the ones that change). */
export interface RelationMove {
  id: string;
  fromId: string;
  toId: string;
  fromAnchor: Span | null;
  toAnchor: Span | null;
}

export interface MergePlan {
  /** Relations re-pointed or re-anchored, in place (ids kept). */
  moves: RelationMove[];
  /** Relations that would become a self-loop or a duplicate of one the merged unit already has. */
  dropped: string[];
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Merge `second` (with span `secondSpan`) into `first`: every relation end at either unit points to
 * `first` and keeps the words it was drawn to (its own anchor, else its unit's whole span).
 * A relation between the two becomes a self-loop and is dropped, as is one that would duplicate
 * (same ends, same type) a relation the first unit already has.
 */
export function planMerge(first: { id: string; span: Span }, second: { id: string; span: Span }, relations: readonly AnchoredRelation[]): MergePlan {
  const spanOf = (unitId: string) => (unitId === first.id ? first.span : unitId === second.id ? second.span : null);
  const end = (unitId: string, anchor: Span | null) => {
    const span = spanOf(unitId);
    return span ? { id: first.id, anchor: anchor ?? span } : { id: unitId, anchor };
  };
  // The first unit's own relations are kept before the second's when both say the same thing.
  const ordered = [...relations].sort((a, b) => rank(a) - rank(b));
  function rank(r: AnchoredRelation) {
    return r.fromId === second.id || r.toId === second.id ? 1 : 0;
  }
  const seen = new Set<string>();
  const moves: RelationMove[] = [];
  const dropped: string[] = [];
  for (const r of ordered) {
    const from = end(r.fromId, r.fromAnchor);
    const to = end(r.toId, r.toAnchor);
    const key = `${from.id}\u0000${to.id}\u0000${r.type}`;
    if (from.id === to.id || seen.has(key)) {
      dropped.push(r.id);
      continue;
    }
    seen.add(key);
    if (from.id !== r.fromId || to.id !== r.toId || !sameSpan(from.anchor, r.fromAnchor) || !sameSpan(to.anchor, r.toAnchor)) {
      moves.push({ id: r.id, fromId: from.id, toId: to.id, fromAnchor: from.anchor, toAnchor: to.anchor });
    }
  }
  return { moves, dropped };
}

/**
 * The half a relation end goes to when its unit is split: the one holding more of the words it is
 * anchored to. Unanchored ends (the whole unit) and ties stay with the first half, which keeps the
 * unit's identity.
 */
export function halfFor(anchor: Span | null, first: Span, second: Span): "first" | "second" {
  if (!anchor) return "first";
  return overlap(anchor, second) > overlap(anchor, first) ? "second" : "first";
}

/** An end's anchor within its half: null once it covers the whole half, else the part inside the half. */
export function anchorWithin(anchor: Span | null, half: Span): Span | null {
  if (!anchor || (anchor.start <= half.start && anchor.end >= half.end)) return null;
  const start = Math.max(anchor.start, half.start);
  const end = Math.min(anchor.end, half.end);
  return end > start ? { start, end } : null;
}

export interface SplitPlan {
  moves: RelationMove[];
  /** Ids of the relations (at least one end) now on the second half. */
  toSecond: string[];
  /** Ids of the relations that stay on the first half. */
  toFirst: string[];
}

/** Split unit `unitId` into `first` (keeps the id) and the new unit `secondId`: each relation end follows its words. */
export function planSplit(unitId: string, first: Span, secondId: string, second: Span, relations: readonly AnchoredRelation[]): SplitPlan {
  const moves: RelationMove[] = [];
  const toSecond: string[] = [];
  const toFirst: string[] = [];
  for (const r of relations) {
    const place = (id: string, anchor: Span | null) => {
      if (id !== unitId) return { id, anchor, moved: false };
      const half = halfFor(anchor, first, second);
      return { id: half === "second" ? secondId : unitId, anchor: anchorWithin(anchor, half === "second" ? second : first), moved: half === "second" };
    };
    const from = place(r.fromId, r.fromAnchor);
    const to = place(r.toId, r.toAnchor);
    if (from.id === to.id) {
      // Both ends in one half: a self-loop was never kept; leave such a row as it is.
      toFirst.push(r.id);
      continue;
    }
    (from.moved || to.moved ? toSecond : toFirst).push(r.id);
    if (from.id !== r.fromId || to.id !== r.toId || !sameSpan(from.anchor, r.fromAnchor) || !sameSpan(to.anchor, r.toAnchor)) {
      moves.push({ id: r.id, fromId: from.id, toId: to.id, fromAnchor: from.anchor, toAnchor: to.anchor });
    }
  }
  return { moves, toSecond, toFirst };
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}
