import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZEditCommentInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireCommentAccess } from "../guards";
import { notifyMentions } from "../mention-notices";
import { defineUseCase } from "../use-case";
import { COMMENT_AUTHOR, toCommentView } from "../view-mappers";

/** Authors edit their own comments only. Members the edit newly @mentions are notified; those already mentioned are not told again. */
export const editComment = defineUseCase(ZEditCommentInput, ({ userId, input: { commentId, body } }) =>
  db.$transaction(async (tx) => {
    const { comment, documentId, workspaceId } = await requireCommentAccess(tx, userId, commentId, "comment.create");
    if (comment.authorId !== userId) throw new AppError("FORBIDDEN", "You can only edit your own comments.");
    const updated = await tx.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() }, include: COMMENT_AUTHOR });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.comment.edit",
      entityType: "unit",
      entityId: comment.unitId,
      documentId,
      before: { commentId, body: comment.body },
      after: { commentId, body },
    });
    await notifyMentions(tx, { workspaceId, documentId, unitId: comment.unitId, commentId, actorId: userId, body, previousBody: comment.body });
    return toCommentView(updated, userId);
  }),
);
