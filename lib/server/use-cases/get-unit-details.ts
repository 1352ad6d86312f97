import "server-only";
import { db } from "../db";
import { requireUnitAccess } from "../guards";

/** What the claim card shows beyond the unit itself: sources, comment thread, history. */
export async function getUnitDetails({ userId, unitId }: { userId: string; unitId: string }) {
  await requireUnitAccess(db, userId, unitId, "workspace.read");
  const [evidence, comments, history] = await Promise.all([
    db.evidence.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: { source: true } }),
    db.comment.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } }),
    db.activity.findMany({
      where: { entityType: "unit", entityId: unitId },
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { actor: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    sources: evidence.map((e) => ({
      sourceId: e.sourceId,
      stance: e.stance,
      excerpt: e.excerpt,
      url: e.source.url,
      title: e.source.title,
      publisher: e.source.publisher,
      publishedAt: e.source.publishedAt?.toISOString().slice(0, 10) ?? null,
      accessedAt: e.source.accessedAt?.toISOString().slice(0, 10) ?? null,
    })),
    comments: comments.map((c) => ({ id: c.id, body: c.body, author: c.author, mine: c.authorId === userId, resolved: c.resolvedAt !== null, createdAt: c.createdAt.toISOString(), edited: c.updatedAt.getTime() - c.createdAt.getTime() > 1000 })),
    history: history.map((a) => ({ id: a.id, action: a.action, actor: a.actor?.name ?? "Warrant", at: a.createdAt.toISOString(), before: a.before, after: a.after })),
  };
}
export type UnitDetails = Awaited<ReturnType<typeof getUnitDetails>>;
