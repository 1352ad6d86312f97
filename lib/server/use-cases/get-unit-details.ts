import "server-only";
import { canSeeEvidence, visibleReviews, type Reviewers } from "@/lib/domain/double-review";
import type { UnitDetailsView } from "@/lib/domain/views";
import { ZUnitRef } from "@/lib/validation/unit";
import { peopleNamedIn, unitsNamedIn } from "../activity-feed";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { COMMENT_AUTHOR, toCommentView, toEvidenceView, toReviewView } from "../view-mappers";

/**
 * What the claim card shows beyond the unit itself: sources, comment thread, history and, in
 * double review, the reviews — a reviewer sees neither the other's verdict nor the sources they
 * attached until both have submitted (lib/domain/double-review.ts).
 */
export const getUnitDetails = defineUseCase(ZUnitRef, async ({ userId, input: { unitId } }): Promise<UnitDetailsView> => {
  const { unit, role, workspaceId } = await requireUnitAccess(db, userId, unitId, "workspace.read");
  const [evidence, comments, history, reviewRows] = await Promise.all([
    db.evidence.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: { source: true } }),
    db.comment.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: COMMENT_AUTHOR }),
    db.activity.findMany({
      // The unit's own rows, the split that made it (a second half), and those of relations drawn
      // from or to it (they name it in before/after).
      where: {
        workspaceId,
        OR: [
          { entityType: "unit", entityId: unitId },
          { entityType: "unit", action: "unit.split", documentId: unit.documentId, after: { path: ["newUnitId"], equals: unitId } },
          {
            entityType: "relation",
            documentId: unit.documentId,
            OR: (["before", "after"] as const).flatMap((side) => (["fromId", "toId"] as const).map((end) => ({ [side]: { path: [end], equals: unitId } }))),
          },
        ],
      },
      orderBy: { createdAt: "desc" },
      take: 50,
      include: { actor: { select: { id: true, name: true } } },
    }),
    db.unitReview.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: { reviewer: { select: { name: true } } } }),
  ]);
  const viewer = { userId, role };
  const reviewers: Reviewers = [unit.assigneeId, unit.secondAssigneeId];
  const reviews = reviewRows.map(toReviewView);
  return {
    sources: evidence.filter((e) => canSeeEvidence(viewer, e.addedById, reviewers, reviews)).map(toEvidenceView),
    reviews: visibleReviews(viewer, reviewers, reviews),
    comments: comments.map((c) => toCommentView(c, userId)),
    history: history.map((a) => ({
      id: a.id,
      action: a.action,
      actor: a.actor?.name ?? "Warrant",
      actorId: a.actorId,
      at: a.createdAt.toISOString(),
      before: a.before,
      after: a.after,
    })),
    people: await peopleNamedIn(db, history),
    units: await unitsNamedIn(db, workspaceId, history),
  };
});
