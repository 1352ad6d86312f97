// "What changed since version N": a republished report compared with the one before it. PURE.
// Claims are matched by their unit, so a claim keeps its identity when others are added before it.
import { quotedSnippet, truncate } from "./snippet";
import type { ReportClaim, ReportSnapshot } from "./report";
import { VERDICT_LABEL } from "./vocabulary";

export type ReportChange =
  | { type: "added"; n: number; words: string; verdict: string }
  | { type: "removed"; words: string; verdict: string }
  | { type: "verdict"; n: number; words: string; before: string; after: string }
  | { type: "rationale"; n: number; words: string }
  | { type: "sources"; n: number; words: string; added: string[]; removed: string[] };

const words = (c: ReportClaim) => quotedSnippet(c.exact, 90);
const sourceKey = (s: ReportClaim["sources"][number]) => `${s.url ?? ""}\u0000${s.title}\u0000${s.stance}`;

export function reportChanges(before: Pick<ReportSnapshot, "claims">, after: Pick<ReportSnapshot, "claims">): ReportChange[] {
  const old = new Map(before.claims.map((c) => [c.unitId, c]));
  const kept = new Set<string>();
  const changes: ReportChange[] = [];
  for (const c of after.claims) {
    const prev = old.get(c.unitId);
    if (!prev) {
      changes.push({ type: "added", n: c.n, words: words(c), verdict: VERDICT_LABEL[c.verdict] });
      continue;
    }
    kept.add(c.unitId);
    if (prev.verdict !== c.verdict) {
      changes.push({ type: "verdict", n: c.n, words: words(c), before: VERDICT_LABEL[prev.verdict], after: VERDICT_LABEL[c.verdict] });
    } else if ((prev.rationale ?? "") !== (c.rationale ?? "")) {
      changes.push({ type: "rationale", n: c.n, words: words(c) });
    }
    const was = new Set(prev.sources.map(sourceKey));
    const now = new Set(c.sources.map(sourceKey));
    const added = c.sources.filter((s) => !was.has(sourceKey(s))).map((s) => s.title);
    const removed = prev.sources.filter((s) => !now.has(sourceKey(s))).map((s) => s.title);
    if (added.length || removed.length) changes.push({ type: "sources", n: c.n, words: words(c), added, removed });
  }
  for (const c of before.claims) {
    if (!kept.has(c.unitId)) changes.push({ type: "removed", words: words(c), verdict: VERDICT_LABEL[c.verdict] });
  }
  return changes;
}

/** One line a reader understands. */
export function describeReportChange(change: ReportChange): string {
  switch (change.type) {
    case "added":
      return `Added: ${change.words} (${change.verdict})`;
    case "removed":
      return `Withdrawn: ${change.words} (was ${change.verdict})`;
    case "verdict":
      return `Verdict changed: ${change.words}: ${change.before} → ${change.after}`;
    case "rationale":
      return `Rationale revised: ${change.words}`;
    case "sources": {
      const parts = [
        change.added.length ? `added ${change.added.map((t) => `“${truncate(t, 60)}”`).join(", ")}` : null,
        change.removed.length ? `removed ${change.removed.map((t) => `“${truncate(t, 60)}”`).join(", ")}` : null,
      ].filter(Boolean);
      return `Sources of ${change.words}: ${parts.join("; ")}`;
    }
  }
}
