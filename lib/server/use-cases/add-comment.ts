import "server-only";
import { ZAddCommentInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { notifyMentions } from "../mention-notices";
import { defineUseCase } from "../use-case";
import { COMMENT_AUTHOR, toCommentView } from "../view-mappers";

/** A comment on a unit's thread; the members it @mentions are notified. */
export const addComment = defineUseCase(ZAddCommentInput, ({ userId, input: { unitId, body } }) =>
  db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, "comment.create");
    const comment = await tx.comment.create({ data: { unitId, authorId: userId, body }, include: COMMENT_AUTHOR });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.comment.add",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      after: { commentId: comment.id, body },
    });
    await notifyMentions(tx, { workspaceId, documentId: unit.documentId, unitId, commentId: comment.id, actorId: userId, body });
    return toCommentView(comment, userId);
  }),
);
