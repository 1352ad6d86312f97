import "server-only";
import { notFound } from "@/lib/domain/errors";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";

/** Remove a relation. The Activity row keeps what it was, so the map's Undo can draw it again. */
export async function deleteRelation({ userId, relationId }: { userId: string; relationId: string }) {
  const id = String(relationId);
  return db.$transaction(async (tx) => {
    const relation = await tx.relation.findFirst({ where: { id, document: { workspace: { memberships: { some: { userId } } } } } });
    if (!relation) throw notFound("The relation");
    const { workspaceId } = await requireDocumentAccess(tx, userId, relation.documentId, "relation.edit");
    await tx.relation.delete({ where: { id } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "relation.delete",
      entityType: "relation",
      entityId: id,
      documentId: relation.documentId,
      before: { fromId: relation.fromId, toId: relation.toId, type: relation.type, origin: relation.origin },
    });
    return relation;
  });
}
