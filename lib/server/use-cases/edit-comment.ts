import "server-only";
import { AppError, notFound } from "@/lib/domain/errors";
import { ZCommentInput, type TCommentInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";

/** Authors edit their own comments only. */
export async function editComment({ userId, commentId, input }: { userId: string; commentId: string; input: TCommentInput }) {
  const { body } = ZCommentInput.parse(input);
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId } });
    if (!comment) throw notFound("The comment");
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, comment.unitId, "comment.create");
    if (comment.authorId !== userId) throw new AppError("FORBIDDEN", "You can only edit your own comments.");
    const updated = await tx.comment.update({ where: { id: commentId }, data: { body }, include: { author: { select: { id: true, name: true } } } });
    await recordChange(tx, { workspaceId, actorId: userId, action: "unit.comment.edit", entityType: "unit", entityId: unit.id, documentId: unit.documentId, before: { commentId, body: comment.body }, after: { commentId, body } });
    return updated;
  });
}
