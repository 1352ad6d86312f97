import "server-only";
import { reportChanges } from "@/lib/domain/report-changes";
import type { ReportSnapshot } from "@/lib/domain/report";
import type { Reanchored } from "@/lib/domain/reanchor";
import type { ReportArchivePage, ReportEdit, ReportPageView } from "@/lib/domain/views-publication";
import { ZReportSlug } from "@/lib/validation/publication";
import { db } from "../db";

/**
 * A published report for anyone holding its URL, signed in or not: the slug is the entitlement.
 * Reads ONLY the frozen versions (never a unit, source or relation row), so nothing unpublished
 * can reach the page — and, for the stealth-edit notice, the latest check of the article's own
 * public page (DocumentSnapshot), matched to the published claims. null: no such report (404); "gone": withdrawn (410).
 */
export async function readReport({ input }: { input: unknown }): Promise<ReportPageView | null> {
  const parsed = ZReportSlug.safeParse(input);
  if (!parsed.success) return null;
  const publication = await db.publication.findUnique({
    where: { slug: parsed.data.slug },
    include: { versions: { orderBy: { version: "desc" }, take: 2 } },
  });
  const [current, previous] = publication?.versions ?? [];
  if (!publication || !current) return null;
  const snapshot = current.snapshot as unknown as ReportSnapshot;
  if (publication.unpublishedAt) return { status: "gone", title: snapshot.document.title, unpublishedAt: publication.unpublishedAt.toISOString() };
  return {
    status: "published",
    slug: publication.slug,
    version: current.version,
    publishedAt: current.publishedAt.toISOString(),
    snapshot,
    changes: previous ? { since: previous.version, items: reportChanges(previous.snapshot as unknown as ReportSnapshot, snapshot) } : null,
    edits: await editsAfter(publication.documentId, current.publishedAt, snapshot),
  };
}

/** The published claims the latest check of the source page, made after publishing, found changed or gone. */
async function editsAfter(documentId: string, publishedAt: Date, snapshot: ReportSnapshot): Promise<ReportEdit[]> {
  const check = await db.documentSnapshot.findFirst({
    where: { documentId, fetchedAt: { gt: publishedAt }, changed: true },
    orderBy: { fetchedAt: "desc" },
    select: { fetchedAt: true, result: true },
  });
  if (!check) return [];
  const moves = new Map(((check.result as { units?: Reanchored[] }).units ?? []).map((u) => [u.id, u]));
  return snapshot.claims.flatMap((claim) => {
    const move = moves.get(claim.unitId);
    if (!move || (move.status !== "changed" && move.status !== "gone")) return [];
    return [{ n: claim.n, foundAt: check.fetchedAt.toISOString(), before: move.before, after: move.status === "changed" ? move.after : null }];
  });
}

/**
 * The archived copy of a source the current version of a published report cites
 * (/r/<slug>/sources/<n>): only sources in that frozen version, and only while the stored copy is
 * still the one whose hash the version recorded (a later re-archive is not what was published).
 */
export async function readReportArchive({
  input,
}: {
  input: { slug: string; n: string };
}): Promise<ReportArchivePage | { status: "gone" | "missing"; view?: ReportPageView }> {
  const view = await readReport({ input: { slug: input.slug } });
  if (!view) return { status: "missing" };
  if (view.status === "gone") return { status: "gone", view };
  const n = /^\d{1,6}$/.test(input.n) ? Number(input.n) : NaN;
  const cited = view.snapshot.claims.flatMap((c) => c.sources).find((s) => s.archive?.n === n);
  if (!cited?.archive) return { status: "missing" };
  const row = await db.source.findFirst({
    where: { id: cited.archive.sourceId, snapshotSha256: cited.archive.sha256, archiveState: "done" },
    select: { snapshotText: true, archiveType: true },
  });
  if (row?.snapshotText == null) return { status: "missing" };
  const { sha256, archivedAt, finalUrl } = cited.archive;
  return {
    slug: view.slug,
    reportTitle: view.snapshot.document.title,
    language: view.snapshot.document.language,
    publisher: view.snapshot.publisher.name,
    source: { title: cited.title, url: cited.url, publisher: cited.publisher },
    archive: { n, sha256, archivedAt, finalUrl, contentType: row.archiveType, text: row.snapshotText },
  };
}
