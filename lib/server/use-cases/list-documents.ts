import "server-only";
import { formatDay } from "@/lib/domain/dates";
import { can } from "@/lib/domain/policy";
import type { ReviewStatus, Verdict } from "@/lib/domain/vocabulary";
import type { DocumentSummaryView, WorkspaceDocumentsView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

const SUMMARY = {
  id: true,
  title: true,
  author: true,
  publisher: true,
  sourceUrl: true,
  publishedAt: true,
  language: true,
  createdAt: true,
  archivedAt: true,
} as const;

/**
 * The caller's workspaces (where their role may read), each with its documents and their verdict
 * counts. Archived documents only when asked for (`includeArchived`, the "Show archived" toggle).
 */
export async function listDocuments({ userId, includeArchived = false }: { userId: string; includeArchived?: boolean }): Promise<WorkspaceDocumentsView[]> {
  const where = includeArchived ? {} : { archivedAt: null };
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true, documents: { where, orderBy: { createdAt: "desc" }, select: SUMMARY } } } },
  });
  const readable = memberships.filter((m) => can(m.role, "workspace.read"));
  const counts = await unitCounts(readable.flatMap((m) => m.workspace.documents.map((d) => d.id)));
  return readable.map(({ role, workspace: { documents, ...workspace } }) => ({
    role,
    workspace,
    documents: documents.map((d) => toSummary(d, counts.get(d.id))),
  }));
}

/** One workspace's documents, for a member (else NOT_FOUND). */
export const listWorkspaceDocuments = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<DocumentSummaryView[]> => {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  const documents = await db.document.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, select: SUMMARY });
  const counts = await unitCounts(documents.map((d) => d.id));
  return documents.map((d) => toSummary(d, counts.get(d.id)));
});

type SummaryRow = {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  language: string;
  createdAt: Date;
  archivedAt: Date | null;
};

type Counts = Pick<DocumentSummaryView, "verdicts" | "statuses" | "units">;

function toSummary(d: SummaryRow, counts: Counts = { verdicts: {}, statuses: {}, units: 0 }): DocumentSummaryView {
  return { ...d, publishedAt: formatDay(d.publishedAt), createdAt: d.createdAt.toISOString(), archivedAt: d.archivedAt?.toISOString() ?? null, ...counts };
}

/**
 * Claims per verdict and per workflow status, and all units, for each document, in one grouped
 * query. Context units are not claims to review: the document page's "N of M claims reviewed"
 * (lib/domain/filters.ts reviewProgress) leaves them out, and so do the list and the dashboard.
 */
async function unitCounts(documentIds: string[]) {
  const groups = await db.unit.groupBy({ by: ["documentId", "kind", "verdict", "status"], where: { documentId: { in: documentIds } }, _count: { _all: true } });
  const byDocument = new Map<string, Counts>();
  const add = <K extends string>(into: Partial<Record<K, number>>, key: K, n: number) => (into[key] = (into[key] ?? 0) + n);
  for (const g of groups) {
    const entry = byDocument.get(g.documentId) ?? { verdicts: {}, statuses: {}, units: 0 };
    entry.units += g._count._all;
    if (g.kind !== "CONTEXT") {
      add<Verdict>(entry.verdicts, g.verdict, g._count._all);
      add<ReviewStatus>(entry.statuses, g.status, g._count._all);
    }
    byDocument.set(g.documentId, entry);
  }
  return byDocument;
}
