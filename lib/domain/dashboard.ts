// The dashboard's numbers. PURE. Progress is a share of each document's claims, so a large import
// does not dominate the page the way absolute counts do.
import type { Verdict } from "./vocabulary";

/** A claim counts as reviewed once it has a verdict (Supported, Disputed or Opinion); the counts leave context units out. */
export function reviewedCount(verdicts: Partial<Record<Verdict, number>>): { reviewed: number; total: number } {
  let total = 0;
  let reviewed = 0;
  for (const [verdict, n] of Object.entries(verdicts) as [Verdict, number][]) {
    total += n;
    if (verdict !== "UNREVIEWED") reviewed += n;
  }
  return { reviewed, total };
}

/** Whole percent reviewed, rounded down so 99.6% never shows as done; null when there are no claims. */
export function percentReviewed(verdicts: Partial<Record<Verdict, number>>): number | null {
  const { reviewed, total } = reviewedCount(verdicts);
  return total === 0 ? null : Math.floor((reviewed / total) * 100);
}

export const DASHBOARD_SORTS = ["progress", "newest", "title"] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];
export const DASHBOARD_SORT_LABEL: Record<DashboardSort, string> = {
  progress: "Least reviewed first",
  newest: "Newest first",
  title: "Title A–Z",
};

interface Sortable {
  title: string;
  createdAt: string;
  percentReviewed: number | null;
}

/**
 * Documents in the chosen order. "progress": least reviewed first (the work left), documents
 * without units last; ties newest first.
 */
export function sortDocuments<T extends Sortable>(rows: readonly T[], sort: DashboardSort): T[] {
  const newest = (a: T, b: T) => b.createdAt.localeCompare(a.createdAt);
  const byTitle = (a: T, b: T) => a.title.localeCompare(b.title, undefined, { sensitivity: "base" }) || newest(a, b);
  const byProgress = (a: T, b: T) => (a.percentReviewed ?? 101) - (b.percentReviewed ?? 101) || newest(a, b);
  return [...rows].sort(sort === "title" ? byTitle : sort === "newest" ? newest : byProgress);
}
