import "server-only";
import { formatDay } from "@/lib/domain/dates";
import type { SourceSuggestionView } from "@/lib/domain/views";
import { ZSearchSourcesInput } from "@/lib/validation/source";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** Sources of the unit's workspace whose URL or title matches what is being typed (two characters at least). */
export const searchSources = defineUseCase(ZSearchSourcesInput, async ({ userId, input: { unitId, q } }): Promise<SourceSuggestionView[]> => {
  const { workspaceId } = await requireUnitAccess(db, userId, unitId, "workspace.read");
  const text = q.trim().slice(0, 200);
  if (text.length < 2) return [];
  const rows = await db.source.findMany({
    where: {
      workspaceId,
      OR: [{ url: { contains: text, mode: "insensitive" } }, { title: { contains: text, mode: "insensitive" } }],
    },
    orderBy: { updatedAt: "desc" },
    take: 8,
    select: { id: true, url: true, title: true, publisher: true, publishedAt: true },
  });
  return rows.map((s) => ({ ...s, publishedAt: formatDay(s.publishedAt) }));
});
