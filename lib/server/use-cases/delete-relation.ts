import "server-only";
import { ZDeleteRelationInput } from "@/lib/validation/relation";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireRelationAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toRelationView } from "../view-mappers";

/** Remove a relation. The Activity row keeps what it was, so the map's Undo can draw it again. */
export const deleteRelation = defineUseCase(ZDeleteRelationInput, ({ userId, input: { relationId } }) =>
  db.$transaction(async (tx) => {
    const { relation, workspaceId } = await requireRelationAccess(tx, userId, relationId, "relation.edit");
    await tx.relation.delete({ where: { id: relationId } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "relation.delete",
      entityType: "relation",
      entityId: relationId,
      documentId: relation.documentId,
      before: { fromId: relation.fromId, toId: relation.toId, type: relation.type, origin: relation.origin },
    });
    return toRelationView(relation);
  }),
);
