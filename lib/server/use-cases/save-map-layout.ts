import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { parseMapNodeId } from "@/lib/domain/map-arguments";
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
    const known = await knownKeys(tx, documentId, Object.keys(positions));
    const stored = await tx.documentMapLayout.findUnique({ where: { documentId } });
    const next: Positions = replace ? {} : readPositions(stored?.positions);
    for (const id of known) next[id] = { x: Math.round(positions[id]!.x), y: Math.round(positions[id]!.y) };
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

/**
 * The keys that name this document's units, arguments (and their inference steps), statements or
 * objections (lib/domain/map-arguments.ts): ids from elsewhere are dropped rather than stored.
 */
async function knownKeys(tx: Prisma.TransactionClient, documentId: string, keys: string[]): Promise<string[]> {
  const refs = keys.map((key) => ({ key, ...parseMapNodeId(key) }));
  const ids = (kind: string) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
  const found = (rows: { id: string }[]) => new Set(rows.map((r) => r.id));
  // One after the other: the queries share the transaction's connection.
  const units = found(await tx.unit.findMany({ where: { documentId, id: { in: ids("unit") } }, select: { id: true } }));
  const args = found(await tx.argument.findMany({ where: { documentId, id: { in: ids("argument") } }, select: { id: true } }));
  const statements = found(await tx.argumentStatement.findMany({ where: { argument: { documentId }, id: { in: ids("statement") } }, select: { id: true } }));
  const objections = found(await tx.argumentRelation.findMany({ where: { documentId, id: { in: ids("objection") } }, select: { id: true } }));
  const by = { unit: units, argument: args, statement: statements, objection: objections };
  return refs.filter((r) => by[r.kind].has(r.id)).map((r) => r.key);
}
