import "server-only";
import { notFound } from "@/lib/domain/errors";
import { ZDetachSourceInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { assertAssignedWork, requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** Unlink a source from a unit; the source stays in the workspace for reuse. */
export const detachSource = defineUseCase(ZDetachSourceInput, ({ userId, input: { unitId, sourceId } }) =>
  db.$transaction(async (tx) => {
    const access = await requireUnitAccess(tx, userId, unitId, "source.attach");
    const { unit, workspaceId } = access;
    assertAssignedWork(userId, access);
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
  }),
);
