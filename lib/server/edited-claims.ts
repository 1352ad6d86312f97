import "server-only";
import type { Reanchored } from "@/lib/domain/reanchor";
import type { EditedClaimView, QueueItemView } from "@/lib/domain/views";
import { db } from "./db";

/**
 * Claims `userId` reviewed (assigned first or second reviewer, or who set the verdict) whose words the article
 * changed or removed, according to the latest check of each document's source page in their
 * workspaces that found an edit made after the claim's review. For "My queue".
 */
export async function editedClaimsFor(userId: string, workspaceIds: string[]): Promise<EditedClaimView[]> {
  if (workspaceIds.length === 0) return [];
  // The newest check per document that found the text changed.
  const checks = await db.$queryRaw<{ documentId: string; fetchedAt: Date; result: { units?: Reanchored[] } }[]>`
    SELECT DISTINCT ON (s."documentId") s."documentId", s."fetchedAt", s.result
    FROM "DocumentSnapshot" s JOIN "Document" d ON d.id = s."documentId"
    WHERE s.changed AND d."workspaceId" = ANY(${workspaceIds}::text[]) AND d."archivedAt" IS NULL
    ORDER BY s."documentId", s."fetchedAt" DESC`;
  const moved = new Map<string, { found: Date; move: Reanchored }>();
  for (const check of checks) {
    for (const u of check.result.units ?? []) if (u.status === "changed" || u.status === "gone") moved.set(u.id, { found: new Date(check.fetchedAt), move: u });
  }
  if (moved.size === 0) return [];
  const ids = [...moved.keys()];
  // Who reviewed: the assigned reviewers, a double review's reviewers, and whoever set a verdict.
  const verdictsBy = await db.activity.findMany({
    where: { entityType: "unit", entityId: { in: ids }, actorId: userId, action: "unit.verdict" },
    select: { entityId: true },
    distinct: ["entityId"],
  });
  const units = await db.unit.findMany({
    where: {
      id: { in: ids },
      verdict: { not: "UNREVIEWED" },
      OR: [
        { assigneeId: userId },
        { secondAssigneeId: userId },
        { reviews: { some: { reviewerId: userId, submittedAt: { not: null } } } },
        { id: { in: verdictsBy.map((a) => a.entityId) } },
      ],
    },
    select: {
      id: true,
      documentId: true,
      quoteExact: true,
      text: true,
      status: true,
      verdict: true,
      updatedAt: true,
      document: { select: { title: true, workspaceId: true } },
    },
  });
  return units
    .filter((u) => moved.get(u.id)!.found > u.updatedAt)
    .map((u) => {
      const { found, move } = moved.get(u.id)!;
      return {
        unitId: u.id,
        documentId: u.documentId,
        documentTitle: u.document.title,
        workspaceId: u.document.workspaceId,
        text: u.text ?? u.quoteExact,
        status: u.status as QueueItemView["status"],
        verdict: u.verdict,
        before: move.before,
        after: move.status === "changed" ? move.after : null,
        foundAt: found.toISOString(),
      };
    })
    .sort((a, b) => b.foundAt.localeCompare(a.foundAt));
}
