import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZCreateRelationInput } from "@/lib/validation/relation";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toRelationView } from "../view-mappers";

/** Draw a relation between two units of one document (from the map, the API or the workbench). */
export const createRelation = defineUseCase(ZCreateRelationInput, ({ userId, input: { documentId, fromId, toId, type } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "relation.edit");
    // Looked up inside this document only: a unit elsewhere (even in another workspace) is
    // reported the same way as a unit that does not exist, so nothing leaks.
    const ends = await tx.unit.count({ where: { documentId, id: { in: [fromId, toId] } } });
    if (ends !== 2) {
      throw new AppError("VALIDATION", "Both ends of a relation must be units of this document.", { fields: { toId: ["Not a unit of this document."] } });
    }
    const existing = await tx.relation.findUnique({ where: { fromId_toId_type: { fromId, toId, type } }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "These two units already have this relation.", { existingId: existing.id });
    const relation = await tx.relation.create({ data: { documentId, fromId, toId, type, origin: "MANUAL" } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "relation.create",
      entityType: "relation",
      entityId: relation.id,
      documentId,
      after: { fromId, toId, type },
    });
    return toRelationView(relation);
  }),
);
