import "server-only";
import { AppError, notFound } from "@/lib/domain/errors";
import { ZUpdateRelationInput, type TUpdateRelationInput } from "@/lib/validation/relation";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { toRelationView } from "../views";

export interface UpdateRelationOptions {
  userId: string;
  relationId: string;
  input: TUpdateRelationInput;
}

/** Change a relation's type (e.g. Supports -> Attacks). */
export async function updateRelation({ userId, relationId, input }: UpdateRelationOptions) {
  const { type, expectedType } = ZUpdateRelationInput.parse(input);
  return db.$transaction(async (tx) => {
    // Scoped by membership first: a relation in someone else's workspace does not exist (404).
    const relation = await tx.relation.findFirst({ where: { id: relationId, document: { workspace: { memberships: { some: { userId } } } } } });
    if (!relation) throw notFound("The relation");
    const { workspaceId } = await requireDocumentAccess(tx, userId, relation.documentId, "relation.edit");
    // Relations carry no version column; the type the editor read plays that part.
    if (expectedType && expectedType !== relation.type) {
      throw new AppError("VERSION_CONFLICT", "Someone else changed this relation after you opened it. Its current type is shown.", { current: toRelationView(relation) });
    }
    if (type === relation.type) return relation;
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
      before: { type: relation.type },
      after: { type },
    });
    return updated;
  });
}
