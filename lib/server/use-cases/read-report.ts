import "server-only";
import { reportChanges } from "@/lib/domain/report-changes";
import type { ReportSnapshot } from "@/lib/domain/report";
import type { ReportPageView } from "@/lib/domain/views-publication";
import { ZReportSlug } from "@/lib/validation/publication";
import { db } from "../db";

/**
 * A published report for anyone holding its URL, signed in or not: the slug is the entitlement.
 * Reads ONLY the frozen versions (never a unit, source or relation row), so nothing unpublished
 * can reach the page. null: no such report (404); "gone": withdrawn (410).
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
  };
}
