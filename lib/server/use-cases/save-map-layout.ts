import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { readPositions, type Positions } from "@/lib/domain/map-layout";
import { ZSaveMapLayoutInput } from "@/lib/validation/relation";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/**
 * Keep the node positions a user dragged on the argument map, per document. Arranging the
 * map is editing it, so it needs "relation.edit"; others may drag, but only for themselves.
 */
export const saveMapLayout = defineUseCase(ZSaveMapLayoutInput, ({ userId, input: { documentId, positions, replace } }): Promise<Positions> =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "relation.edit");
    // Only this document's units: ids from elsewhere are dropped rather than stored.
    const known = await tx.unit.findMany({ where: { documentId, id: { in: Object.keys(positions) } }, select: { id: true } });
    const stored = await tx.documentMapLayout.findUnique({ where: { documentId } });
    const next: Positions = replace ? {} : readPositions(stored?.positions);
    for (const { id } of known) next[id] = { x: Math.round(positions[id]!.x), y: Math.round(positions[id]!.y) };
    // A plain JSON object of {x, y} per unit id (see DocumentMapLayout in the schema).
    const json = next as unknown as Prisma.InputJsonObject;
    await tx.documentMapLayout.upsert({ where: { documentId }, create: { documentId, positions: json }, update: { positions: json } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: replace ? "document.map-layout.reset" : "document.map-layout",
      entityType: "document",
      entityId: documentId,
      documentId,
      // The count, not the coordinates: the activity feed says someone arranged the map.
      after: { moved: known.length, replace },
    });
    return next;
  }),
);
