import "server-only";
import { formatDay } from "@/lib/domain/dates";
import { can } from "@/lib/domain/policy";
import type { Verdict } from "@/lib/domain/vocabulary";
import type { DocumentSummaryView, WorkspaceDocumentsView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

const SUMMARY = { id: true, title: true, author: true, publisher: true, sourceUrl: true, publishedAt: true, language: true, createdAt: true } as const;

/** The caller's workspaces (where their role may read), each with its documents and their verdict counts. */
export async function listDocuments({ userId }: { userId: string }): Promise<WorkspaceDocumentsView[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true, documents: { orderBy: { createdAt: "desc" }, select: SUMMARY } } } },
  });
  const readable = memberships.filter((m) => can(m.role, "workspace.read"));
  const verdicts = await verdictCounts(readable.flatMap((m) => m.workspace.documents.map((d) => d.id)));
  return readable.map(({ role, workspace: { documents, ...workspace } }) => ({
    role,
    workspace,
    documents: documents.map((d) => toSummary(d, verdicts.get(d.id))),
  }));
}

/** One workspace's documents, for a member (else NOT_FOUND). */
export const listWorkspaceDocuments = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<DocumentSummaryView[]> => {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  const documents = await db.document.findMany({ where: { workspaceId }, orderBy: { createdAt: "desc" }, select: SUMMARY });
  const verdicts = await verdictCounts(documents.map((d) => d.id));
  return documents.map((d) => toSummary(d, verdicts.get(d.id)));
});

type SummaryRow = { id: string; title: string; author: string | null; publisher: string | null; sourceUrl: string | null; publishedAt: Date | null; language: string; createdAt: Date };

function toSummary(d: SummaryRow, verdicts: Partial<Record<Verdict, number>> = {}): DocumentSummaryView {
  return { ...d, publishedAt: formatDay(d.publishedAt), createdAt: d.createdAt.toISOString(), verdicts };
}

async function verdictCounts(documentIds: string[]) {
  const counts = await db.unit.groupBy({ by: ["documentId", "verdict"], where: { documentId: { in: documentIds } }, _count: { _all: true } });
  const byDocument = new Map<string, Partial<Record<Verdict, number>>>();
  for (const c of counts) {
    const entry = byDocument.get(c.documentId) ?? {};
    entry[c.verdict] = c._count._all;
    byDocument.set(c.documentId, entry);
  }
  return byDocument;
}
