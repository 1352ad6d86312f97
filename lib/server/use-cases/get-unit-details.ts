import "server-only";
import type { UnitDetailsView } from "@/lib/domain/views";
import { ZUnitRef } from "@/lib/validation/unit";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { COMMENT_AUTHOR, toCommentView, toEvidenceView } from "../view-mappers";

/** What the claim card shows beyond the unit itself: sources, comment thread, history. */
export const getUnitDetails = defineUseCase(ZUnitRef, async ({ userId, input: { unitId } }): Promise<UnitDetailsView> => {
  await requireUnitAccess(db, userId, unitId, "workspace.read");
  const [evidence, comments, history] = await Promise.all([
    db.evidence.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: { source: true } }),
    db.comment.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: COMMENT_AUTHOR }),
    db.activity.findMany({
      where: { entityType: "unit", entityId: unitId },
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { actor: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    sources: evidence.map(toEvidenceView),
    comments: comments.map((c) => toCommentView(c, userId)),
    history: history.map((a) => ({ id: a.id, action: a.action, actor: a.actor?.name ?? "Warrant", at: a.createdAt.toISOString(), before: a.before, after: a.after })),
  };
});
