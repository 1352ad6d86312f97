import "server-only";
import { db } from "../db";
import { requireUnitAccess } from "../guards";

/** Sources of the unit's workspace whose URL or title matches what is being typed. */
export async function searchSources({ userId, unitId, q }: { userId: string; unitId: string; q: string }) {
  const { workspaceId } = await requireUnitAccess(db, userId, unitId, "workspace.read");
  const text = q.trim().slice(0, 200);
  if (text.length < 2) return [];
  return db.source.findMany({
    where: {
      workspaceId,
      OR: [{ url: { contains: text, mode: "insensitive" } }, { title: { contains: text, mode: "insensitive" } }],
    },
    orderBy: { updatedAt: "desc" },
    take: 8,
    select: { id: true, url: true, title: true, publisher: true, publishedAt: true },
  });
}
