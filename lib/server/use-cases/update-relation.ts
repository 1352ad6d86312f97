import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZUpdateRelationInput } from "@/lib/validation/relation";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireRelationAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toRelationView } from "../view-mappers";

/** Change a relation's type (e.g. Supports -> Attacks). */
export const updateRelation = defineUseCase(ZUpdateRelationInput, ({ userId, input: { relationId, type, expectedType } }) =>
  db.$transaction(async (tx) => {
    const { relation, workspaceId } = await requireRelationAccess(tx, userId, relationId, "relation.edit");
    // Relations carry no version column; the type the editor read plays that part.
    if (expectedType && expectedType !== relation.type) {
      throw new AppError("VERSION_CONFLICT", "Someone else changed this relation after you opened it. Its current type is shown.", {
        current: toRelationView(relation),
      });
    }
    if (type === relation.type) return toRelationView(relation);
    const clash = await tx.relation.findUnique({ where: { fromId_toId_type: { fromId: relation.fromId, toId: relation.toId, type } }, select: { id: true } });
    if (clash) throw new AppError("CONFLICT", "These two units already have this relation.", { existingId: clash.id });
    const updated = await tx.relation.update({ where: { id: relationId }, data: { type, origin: "MANUAL" } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "relation.update",
      entityType: "relation",
      entityId: relationId,
      documentId: relation.documentId,
      // The ends, so the history of either unit shows the change.
      before: { fromId: relation.fromId, toId: relation.toId, type: relation.type },
      after: { type },
    });
    return toRelationView(updated);
  }),
);
