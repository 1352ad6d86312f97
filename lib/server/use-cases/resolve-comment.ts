import "server-only";
import { ZResolveCommentInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireCommentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { COMMENT_AUTHOR, toCommentView } from "../view-mappers";

/** Resolve a comment (or reopen it). */
export const resolveComment = defineUseCase(ZResolveCommentInput, ({ userId, input: { commentId, resolved } }) =>
  db.$transaction(async (tx) => {
    const { comment, documentId, workspaceId } = await requireCommentAccess(tx, userId, commentId, "comment.create");
    const updated = await tx.comment.update({ where: { id: commentId }, data: { resolvedAt: resolved ? new Date() : null }, include: COMMENT_AUTHOR });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: resolved ? "unit.comment.resolve" : "unit.comment.reopen",
      entityType: "unit",
      entityId: comment.unitId,
      documentId,
      after: { commentId, body: comment.body },
    });
    return toCommentView(updated, userId);
  }),
);
