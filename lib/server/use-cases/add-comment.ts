import "server-only";
import { ZCommentInput, type TCommentInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";

/** A comment on a unit's thread. */
export async function addComment({ userId, unitId, input }: { userId: string; unitId: string; input: TCommentInput }) {
  const { body } = ZCommentInput.parse(input);
  return db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, "comment.create");
    const comment = await tx.comment.create({ data: { unitId, authorId: userId, body }, include: { author: { select: { id: true, name: true } } } });
    await recordChange(tx, { workspaceId, actorId: userId, action: "unit.comment.add", entityType: "unit", entityId: unitId, documentId: unit.documentId, after: { commentId: comment.id, body } });
    return comment;
  });
}
