import "server-only";
import { db } from "../db";
import { requireMembership } from "../guards";

/** The caller's workspaces, each with its documents and their verdict counts. */
export async function listDocuments({ userId }: { userId: string }) {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      workspace: {
        select: {
          id: true,
          name: true,
          slug: true,
          documents: {
            orderBy: { createdAt: "desc" },
            select: { id: true, title: true, author: true, publisher: true, publishedAt: true, createdAt: true },
          },
        },
      },
    },
  });
  const documentIds = memberships.flatMap((m) => m.workspace.documents.map((d) => d.id));
  const counts = await db.unit.groupBy({
    by: ["documentId", "verdict"],
    where: { documentId: { in: documentIds } },
    _count: { _all: true },
  });
  const byDocument = new Map<string, Record<string, number>>();
  for (const c of counts) {
    const entry = byDocument.get(c.documentId) ?? {};
    entry[c.verdict] = c._count._all;
    byDocument.set(c.documentId, entry);
  }
  return memberships.map(({ role, workspace }) => ({
    role,
    workspace: { id: workspace.id, name: workspace.name, slug: workspace.slug },
    documents: workspace.documents.map((d) => ({ ...d, verdicts: byDocument.get(d.id) ?? {} })),
  }));
}

/** One workspace's documents, for a member (else NOT_FOUND). */
export async function listWorkspaceDocuments({ userId, workspaceId }: { userId: string; workspaceId: string }) {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  return db.document.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, author: true, publisher: true, sourceUrl: true, publishedAt: true, language: true, createdAt: true },
  });
}
