// Sharing a document's units among reviewers. PURE: the use case loads the units and the
// current load, this decides who gets what, deterministically (same input, same answer).

/** "explicit": every unit to the one reviewer named; "balance": spread by open load (below). */
export const ASSIGNMENT_STRATEGIES = ["explicit", "balance"] as const;
/** First reviewer, or in double review the second (never the same person as the first). */
export const ASSIGNMENT_SLOTS = ["first", "second"] as const;
export type AssignmentSlot = (typeof ASSIGNMENT_SLOTS)[number];
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

export interface Assignment {
  unitId: string;
  assigneeId: string;
}

/**
 * "balance": each unit, in the order given, goes to the reviewer with the fewest open
 * assignments in this document so far (the existing ones in `load` plus those handed out
 * here); ties go to the reviewer named first. Reviewers missing from `load` start at zero.
 * A unit already held by one of the reviewers is counted in `load` by the caller, so
 * re-assigning it does not double-count: pass `currentAssigneeOf` and its old holder is
 * relieved before the choice is made.
 */
export function balanceAssignments(
  unitIds: readonly string[],
  reviewerIds: readonly string[],
  load: Readonly<Record<string, number>> = {},
  currentAssigneeOf: Readonly<Record<string, string | null | undefined>> = {},
): Assignment[] {
  const reviewers = [...new Set(reviewerIds)];
  if (reviewers.length === 0) return [];
  const counts = startingCounts(reviewers, load);
  const result: Assignment[] = [];
  for (const unitId of new Set(unitIds)) {
    relieve(counts, currentAssigneeOf[unitId]);
    const best = leastLoaded(reviewers, counts)!;
    counts.set(best, counts.get(best)! + 1);
    result.push({ unitId, assigneeId: best });
  }
  return result;
}

export interface SecondReviewUnit {
  unitId: string;
  /** The claim's first reviewer (Unit.assigneeId): never also its second. */
  firstReviewerId: string | null;
  /** Its current second reviewer, if any: relieved before the choice, as in balanceAssignments. */
  currentSecondId?: string | null;
}

/**
 * Double review: each unit, in order, gets as SECOND reviewer the one with the fewest open
 * assignments (first or second, counted by the caller in `load`, plus those handed out here),
 * ties to the reviewer named first, and never its first reviewer. A unit for which no other
 * reviewer was offered (only its first reviewer) is left out and listed in `unassigned`.
 */
export function assignSecondReviewers(
  units: readonly SecondReviewUnit[],
  reviewerIds: readonly string[],
  load: Readonly<Record<string, number>> = {},
): { assignments: Assignment[]; unassigned: string[] } {
  const reviewers = [...new Set(reviewerIds)];
  const counts = startingCounts(reviewers, load);
  const assignments: Assignment[] = [];
  const unassigned: string[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.unitId)) continue;
    seen.add(unit.unitId);
    relieve(counts, unit.currentSecondId);
    const best = leastLoaded(
      reviewers.filter((r) => r !== unit.firstReviewerId),
      counts,
    );
    if (!best) {
      unassigned.push(unit.unitId);
      continue;
    }
    counts.set(best, counts.get(best)! + 1);
    assignments.push({ unitId: unit.unitId, assigneeId: best });
  }
  return { assignments, unassigned };
}

export interface LoadPreview {
  reviewerId: string;
  /** Open assignments now. */
  current: number;
  /** Units this hand-out gives them that they do not hold yet. */
  added: number;
  /** Units they hold that this hand-out gives to someone else. */
  removed: number;
  /** After applying: what the next hand-out (e.g. the second reviewers after the first) starts from. */
  total: number;
}

/**
 * What the balance dialog shows before anything is written: per reviewer offered, in the
 * order given, their open load now and after the proposed assignments. `currentAssigneeOf`
 * is the holder of each unit in the same slot (first or second) as the assignments.
 */
export function previewLoad(
  assignments: readonly Assignment[],
  reviewerIds: readonly string[],
  load: Readonly<Record<string, number>> = {},
  currentAssigneeOf: Readonly<Record<string, string | null | undefined>> = {},
): LoadPreview[] {
  const rows = new Map([...new Set(reviewerIds)].map((r) => [r, { reviewerId: r, current: Math.max(0, load[r] ?? 0), added: 0, removed: 0, total: 0 }]));
  for (const { unitId, assigneeId } of assignments) {
    const holder = currentAssigneeOf[unitId];
    if (holder === assigneeId) continue;
    const to = rows.get(assigneeId);
    if (to) to.added++;
    const from = holder ? rows.get(holder) : undefined;
    if (from) from.removed++;
  }
  return [...rows.values()].map((r) => ({ ...r, total: Math.max(0, r.current + r.added - r.removed) }));
}

function startingCounts(reviewers: readonly string[], load: Readonly<Record<string, number>>): Map<string, number> {
  return new Map(reviewers.map((r) => [r, Math.max(0, load[r] ?? 0)]));
}

/** A unit being handed out again no longer weighs on its current holder. */
function relieve(counts: Map<string, number>, holder: string | null | undefined): void {
  if (holder && counts.has(holder)) counts.set(holder, Math.max(0, counts.get(holder)! - 1));
}

/** Fewest open assignments; ties go to the reviewer named first. */
function leastLoaded(reviewers: readonly string[], counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const r of reviewers) if (best === undefined || counts.get(r)! < counts.get(best)!) best = r;
  return best;
}
