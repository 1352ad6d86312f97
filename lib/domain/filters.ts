// Filters of the reviewer's unit list. Pure, so the list, the progress bar and the REST
// API's query parameters agree on what "has sources" or "check-worthy" means.
import type { UnitView } from "./views";
import type { ReviewStatus, UnitKind, Verdict } from "./vocabulary";

export interface UnitFilters {
  kinds?: UnitKind[];
  verdicts?: Verdict[];
  statuses?: ReviewStatus[];
  /** A user id, or "none" for unassigned units. */
  assignee?: string;
  sources?: "with" | "without";
  /** Minimum check-worthiness, 0..1. */
  minCheckworthy?: number;
}

export function matchesFilters(u: UnitView, f: UnitFilters): boolean {
  if (f.kinds?.length && !f.kinds.includes(u.kind)) return false;
  if (f.verdicts?.length && !f.verdicts.includes(u.verdict)) return false;
  if (f.statuses?.length && !f.statuses.includes(u.status)) return false;
  if (f.assignee === "none" ? u.assigneeId !== null : f.assignee && u.assigneeId !== f.assignee) return false;
  if (f.sources === "with" && u.sourceCount === 0) return false;
  if (f.sources === "without" && u.sourceCount > 0) return false;
  if (f.minCheckworthy !== undefined && u.checkworthy < f.minCheckworthy) return false;
  return true;
}

export function isFiltering(f: UnitFilters): boolean {
  return !!(f.kinds?.length || f.verdicts?.length || f.statuses?.length || f.assignee || f.sources || f.minCheckworthy);
}

/** "N of M claims reviewed": context units are not claims to review. */
export function reviewProgress(units: UnitView[]): { reviewed: number; total: number } {
  const claims = units.filter((u) => u.kind !== "CONTEXT");
  return { reviewed: claims.filter((u) => u.verdict !== "UNREVIEWED").length, total: claims.length };
}

/** Claims (not context) per workflow status: the document's progress bar. */
export function statusCounts(units: readonly Pick<UnitView, "kind" | "status">[]): Partial<Record<ReviewStatus, number>> {
  const counts: Partial<Record<ReviewStatus, number>> = {};
  for (const u of units) if (u.kind !== "CONTEXT") counts[u.status] = (counts[u.status] ?? 0) + 1;
  return counts;
}
