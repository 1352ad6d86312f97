import "server-only";
import { randomBytes } from "node:crypto";
import { toGraphNode } from "@/lib/domain/map-graph";
import { layoutMap } from "@/lib/domain/map-elk";
import { buildReportSnapshot, type PublishOptions, type ReportSnapshot } from "@/lib/domain/report";
import type { PublicationView } from "@/lib/domain/views-publication";
import type { Prisma } from "@/generated/prisma/client";
import { db, type DbTx } from "./db";
import { loadArgumentMap } from "./use-cases/get-argument-map";

/**
 * A report's slug: 16 random bytes (128 bits), base64url, 22 characters. The URL is the only
 * key to an unlisted report, so it must not be guessable or enumerable (never the document id).
 */
export function newReportSlug(): string {
  return randomBytes(16).toString("base64url");
}

export function reportUrl(baseUrl: string, slug: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/r/${slug}`;
}

/** Who gave each unit's verdict of record: the people whose verdict or adjudication the history records. */
export async function reviewersByUnit(tx: DbTx, unitIds: string[]): Promise<Record<string, string[]>> {
  if (unitIds.length === 0) return {};
  const rows = await tx.activity.findMany({
    where: { entityType: "unit", entityId: { in: unitIds }, action: { in: ["unit.verdict", "unit.adjudicate"] }, actorId: { not: null } },
    select: { entityId: true, actor: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const out: Record<string, string[]> = {};
  for (const r of rows) {
    const names = (out[r.entityId] ??= []);
    if (r.actor && !names.includes(r.actor.name)) names.push(r.actor.name);
  }
  return out;
}

/**
 * The frozen report of a document as it stands now: built from the same ArgumentMap every export
 * uses, then laid out (ELK) so the page draws the map without running any layout.
 */
export async function snapshotDocument(documentId: string, options: PublishOptions): Promise<ReportSnapshot> {
  const { map } = await loadArgumentMap(documentId);
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: map.document.workspace.id }, select: { methodology: true } });
  const reviewers = options.showReviewers
    ? await reviewersByUnit(
        db,
        map.nodes.map((n) => n.id),
      )
    : {};
  const snapshot = buildReportSnapshot(map, options, { methodology: workspace.methodology, reviewersByUnit: reviewers });
  // Every node of the report is drawn (toMapGraph would drop an unconnected context unit).
  snapshot.map.positions = await layoutMap({ nodes: snapshot.map.nodes.map((n) => toGraphNode(n)), edges: snapshot.map.edges });
  return snapshot;
}

/** The live report of a document for the exports: its URL and each published unit's number; null when not published. */
export async function liveReport(
  documentId: string,
  baseUrl: string,
): Promise<{ url: string; claims: Record<string, number>; archives: Record<string, number> } | null> {
  const row = await db.publication.findFirst({
    where: { documentId, unpublishedAt: null },
    select: { slug: true, versions: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } } },
  });
  const snapshot = row?.versions[0]?.snapshot as unknown as ReportSnapshot | undefined;
  if (!row || !snapshot) return null;
  const archives = Object.fromEntries(snapshot.claims.flatMap((c) => c.sources.flatMap((s) => (s.archive ? [[s.archive.sourceId, s.archive.n]] : []))));
  return { url: reportUrl(baseUrl, row.slug), claims: Object.fromEntries(snapshot.claims.map((c) => [c.unitId, c.n])), archives };
}

export const publicationInclude = {
  versions: { orderBy: { version: "desc" }, take: 1, include: { publishedBy: { select: { name: true } } } },
} satisfies Prisma.PublicationInclude;
type PublicationRow = Prisma.PublicationGetPayload<{ include: typeof publicationInclude }>;

export function toPublicationView(row: PublicationRow, baseUrl: string): PublicationView {
  const v = row.versions[0]!;
  const snapshot = v.snapshot as unknown as ReportSnapshot;
  return {
    slug: row.slug,
    url: reportUrl(baseUrl, row.slug),
    version: v.version,
    publishedAt: v.publishedAt.toISOString(),
    publishedBy: v.publishedBy?.name ?? null,
    unpublishedAt: row.unpublishedAt?.toISOString() ?? null,
    onlyApproved: v.onlyApproved,
    showReviewers: v.showReviewers,
    claimCount: snapshot.claims?.length ?? 0,
  };
}
