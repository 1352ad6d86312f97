import "server-only";
import { notFound } from "@/lib/domain/errors";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";

/** Resolve a comment (or reopen it). */
export async function resolveComment({ userId, commentId, resolved }: { userId: string; commentId: string; resolved: boolean }) {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId } });
    if (!comment) throw notFound("The comment");
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, comment.unitId, "comment.create");
    const updated = await tx.comment.update({ where: { id: commentId }, data: { resolvedAt: resolved ? new Date() : null }, include: { author: { select: { id: true, name: true } } } });
    await recordChange(tx, { workspaceId, actorId: userId, action: resolved ? "unit.comment.resolve" : "unit.comment.reopen", entityType: "unit", entityId: unit.id, documentId: unit.documentId, after: { commentId } });
    return updated;
  });
}
