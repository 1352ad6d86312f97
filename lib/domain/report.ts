// A published report (issue 15): the frozen snapshot of a document's reviewed claims that the
// public page /r/<slug>, its embeds and its ClaimReview markup are rendered from. PURE. The
// snapshot is built once, when an editor publishes, and stored; the public page never reads a
// live unit, source or relation, so nothing reviewed, edited or attached later can leak.
import type { ArgumentMap, MapNode, MapSource } from "./argument-map";
import type { Positions } from "./map-layout";
import type { RelationType, ReviewStatus, Stance, UnitKind, Verdict } from "./vocabulary";
import { DONE_STATUSES } from "./workflow";

export interface ReportSource {
  title: string;
  /** http(s) only (sources are validated when attached); null: an offline source. */
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  stance: Stance;
  excerpt: string | null;
  /**
   * The archived copy as it was when the report was published (absent in reports published before
   * archives were linked; null: none finished). `n` numbers the report's archived sources:
   * /r/<slug>/sources/<n>. The public page serves the copy only while its hash is still this one.
   */
  archive?: ReportArchive | null;
}

export interface ReportArchive {
  n: number;
  /** The source's id: only to find the copy; never rendered. */
  sourceId: string;
  sha256: string;
  archivedAt: string | null;
  finalUrl: string | null;
}

export interface ReportClaim {
  /** 1-based, in reading order: the page's #claim-n anchor and the embed's /claims/n. */
  n: number;
  /** The unit's id: only to tell versions apart ("what changed"); never rendered. */
  unitId: string;
  kind: UnitKind;
  start: number;
  end: number;
  /** The author's exact words. */
  exact: string;
  /** The desk's normalised wording, when it gave one. */
  checked: string | null;
  speaker: string | null;
  verdict: Exclude<Verdict, "UNREVIEWED">;
  rationale: string | null;
  approved: boolean;
  /** Names of who reviewed it; empty when the publisher chose to hide reviewers. */
  reviewers: string[];
  sources: ReportSource[];
}

/** A box of the report's map. Ids are "claim-<n>" or "unit-<k>": no internal id is published. */
export interface ReportMapNode {
  id: string;
  kind: UnitKind;
  text: string;
  speaker: string | null;
  /** UNREVIEWED for the argument's other units (premises, evidence) drawn for context. */
  verdict: Verdict;
  start: number;
}

export interface ReportSnapshot {
  format: "warrant.report";
  version: 1;
  document: Pick<ArgumentMap["document"], "title" | "author" | "publisher" | "sourceUrl" | "publishedAt" | "language" | "text">;
  /** The workspace that publishes (the ClaimReview author organisation). */
  publisher: { name: string };
  methodology: string | null;
  claims: ReportClaim[];
  map: { nodes: ReportMapNode[]; edges: { id: string; from: string; to: string; type: RelationType }[]; positions: Positions };
}

export interface PublishOptions {
  onlyApproved: boolean;
  showReviewers: boolean;
}

/** The workflow's sign-off is in use on a document once any of its claims has been approved. */
export function approvalInUse(statuses: readonly ReviewStatus[]): boolean {
  return statuses.includes("APPROVED");
}

/**
 * Whether a unit goes into the report: it has a verdict of record and its review is finished
 * (REVIEWED or APPROVED; a double-reviewed claim waiting for its second verdict or for
 * adjudication is not), and, with `onlyApproved`, an editor approved it.
 */
export function isPublishable(n: Pick<MapNode, "verdict" | "status">, onlyApproved: boolean): boolean {
  if (n.verdict === "UNREVIEWED") return false;
  return onlyApproved ? n.status === "APPROVED" : (DONE_STATUSES as readonly ReviewStatus[]).includes(n.status);
}

/** Kinds drawn on the report's map without a verdict when a relation ties them to a published claim. */
const CONTEXT_KINDS: readonly UnitKind[] = ["PREMISE", "EVIDENCE"];

/**
 * The snapshot, without the map's positions (the server lays the map out). `reviewersByUnit`:
 * names of who gave each unit's verdict of record.
 */
export function buildReportSnapshot(
  map: ArgumentMap,
  options: PublishOptions,
  extra: { methodology: string | null; reviewersByUnit: Record<string, string[]> },
): ReportSnapshot {
  const published = map.nodes.filter((node) => isPublishable(node, options.onlyApproved)).sort((a, b) => a.start - b.start || a.end - b.end);
  const archiveNumbers = new Map<string, number>();
  const archiveOf = (s: MapSource): ReportArchive | null => {
    const a = s.archive;
    if (a?.state !== "done" || !a.sha256) return null;
    if (!archiveNumbers.has(s.id)) archiveNumbers.set(s.id, archiveNumbers.size + 1);
    return { n: archiveNumbers.get(s.id)!, sourceId: s.id, sha256: a.sha256, archivedAt: a.archivedAt, finalUrl: a.finalUrl };
  };
  const claims: ReportClaim[] = published.map((node, i) => ({
    n: i + 1,
    unitId: node.id,
    kind: node.kind,
    start: node.start,
    end: node.end,
    exact: node.exact,
    checked: node.checked,
    speaker: node.speaker,
    verdict: node.verdict as ReportClaim["verdict"],
    rationale: node.rationale,
    approved: node.status === "APPROVED",
    reviewers: options.showReviewers ? (extra.reviewersByUnit[node.id] ?? []) : [],
    sources: node.sources.map((s) => ({
      title: s.title,
      url: s.url,
      publisher: s.publisher,
      publishedAt: s.publishedAt,
      stance: s.stance,
      excerpt: s.excerpt,
      archive: archiveOf(s),
    })),
  }));
  const publicId = new Map(claims.map((c) => [c.unitId, `claim-${c.n}`]));
  // The argument around the claims: premises and evidence a relation ties to a published claim,
  // drawn without their (unpublished) verdicts. Their words are the article's, shown anyway.
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  let k = 0;
  for (const e of map.edges) {
    for (const [end, other] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      const node = byId.get(end);
      if (publicId.has(other) && node && !publicId.has(end) && CONTEXT_KINDS.includes(node.kind)) publicId.set(end, `unit-${++k}`);
    }
  }
  const nodes: ReportMapNode[] = [...publicId].map(([unitId, id]) => {
    const node = byId.get(unitId)!;
    const claim = claims.find((c) => c.unitId === unitId);
    return { id, kind: node.kind, text: node.text, speaker: node.speaker, verdict: claim?.verdict ?? "UNREVIEWED", start: node.start };
  });
  const edges = map.edges
    .filter((e) => publicId.has(e.from) && publicId.has(e.to))
    .map((e, i) => ({ id: `relation-${i + 1}`, from: publicId.get(e.from)!, to: publicId.get(e.to)!, type: e.type }));
  const { title, author, publisher, sourceUrl, publishedAt, language, text } = map.document;
  return {
    format: "warrant.report",
    version: 1,
    document: { title, author, publisher, sourceUrl, publishedAt, language, text },
    publisher: { name: map.document.workspace.name },
    methodology: extra.methodology?.trim() || null,
    claims,
    map: { nodes, edges, positions: {} },
  };
}

const SUMMARY_ORDER = ["SUPPORTED", "DISPUTED", "OPINION"] as const;

/** "12 claims checked: 7 supported, 3 disputed, 2 opinion". */
export function reportSummary(claims: readonly Pick<ReportClaim, "verdict">[]): string {
  if (claims.length === 0) return "No claims checked yet.";
  const parts = SUMMARY_ORDER.map((v) => [v, claims.filter((c) => c.verdict === v).length] as const)
    .filter(([, count]) => count > 0)
    .map(([v, count]) => `${count} ${v.toLowerCase()}`);
  return `${claims.length} ${claims.length === 1 ? "claim" : "claims"} checked: ${parts.join(", ")}`;
}
