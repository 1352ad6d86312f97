// Sharing a document's units among reviewers. PURE: the use case loads the units and the
// current load, this decides who gets what, deterministically (same input, same answer).

export const ASSIGNMENT_STRATEGIES = ["balance"] as const;
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
  const counts = new Map(reviewers.map((r) => [r, Math.max(0, load[r] ?? 0)]));
  const result: Assignment[] = [];
  for (const unitId of new Set(unitIds)) {
    const holder = currentAssigneeOf[unitId];
    if (holder && counts.has(holder)) counts.set(holder, Math.max(0, counts.get(holder)! - 1));
    let best = reviewers[0]!;
    for (const r of reviewers) if (counts.get(r)! < counts.get(best)!) best = r;
    counts.set(best, counts.get(best)! + 1);
    result.push({ unitId, assigneeId: best });
  }
  return result;
}
