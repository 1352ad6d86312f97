import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZEditCommentInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireCommentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { COMMENT_AUTHOR, toCommentView } from "../view-mappers";

/** Authors edit their own comments only. */
export const editComment = defineUseCase(ZEditCommentInput, ({ userId, input: { commentId, body } }) =>
  db.$transaction(async (tx) => {
    const { comment, documentId, workspaceId } = await requireCommentAccess(tx, userId, commentId, "comment.create");
    if (comment.authorId !== userId) throw new AppError("FORBIDDEN", "You can only edit your own comments.");
    const updated = await tx.comment.update({ where: { id: commentId }, data: { body }, include: COMMENT_AUTHOR });
    await recordChange(tx, { workspaceId, actorId: userId, action: "unit.comment.edit", entityType: "unit", entityId: comment.unitId, documentId, before: { commentId, body: comment.body }, after: { commentId, body } });
    return toCommentView(updated, userId);
  }),
);
