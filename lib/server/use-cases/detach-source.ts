import "server-only";
import { notFound } from "@/lib/domain/errors";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";

/** Unlink a source from a unit; the source stays in the workspace for reuse. */
export async function detachSource({ userId, unitId, sourceId }: { userId: string; unitId: string; sourceId: string }) {
  return db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, "source.attach");
    const evidence = await tx.evidence.findUnique({ where: { unitId_sourceId: { unitId, sourceId } }, include: { source: true } });
    if (!evidence) throw notFound("That source link");
    await tx.evidence.delete({ where: { id: evidence.id } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.source.detach",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: { sourceId, title: evidence.source.title, stance: evidence.stance },
    });
    return { unitId, sourceId };
  });
}
