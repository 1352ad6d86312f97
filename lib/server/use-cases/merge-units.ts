import "server-only";
import { anchoredSpan } from "@/lib/domain/anchor";
import { AppError } from "@/lib/domain/errors";
import { planMerge } from "@/lib/domain/relation-anchors";
import { areAdjacent, mergedVerdict } from "@/lib/domain/segmentation";
import { ZMergeUnitsInput } from "@/lib/validation/unit";
import { recordChange } from "../changes";
import { db, type DbTx } from "../db";
import { requireUnitAccess } from "../guards";
import { applyRelationMoves, documentRelations, relationsOf } from "../relation-moves";
import { defineUseCase } from "../use-case";
import { versionConflict } from "../versioning";
import { toUnitView, UNIT_COUNTS } from "../view-mappers";

/**
 * Merge a unit with the next one: the first grows to cover both; the second's sources,
 * comments and relations move onto it. Each relation remembers the words it was drawn to, so a
 * later split gives it back to the right half (lib/domain/relation-anchors.ts). Both writes carry the version the caller read, in the
 * WHERE clause itself: a teammate's change committed after our read is never overwritten.
 */
export const mergeUnits = defineUseCase(ZMergeUnitsInput, ({ userId, input: { unitId, version, nextId, nextVersion } }) =>
  db.$transaction(async (tx) => {
    const { unit: a, workspaceId } = await requireUnitAccess(tx, userId, unitId, "unit.edit");
    const { unit: b } = await requireUnitAccess(tx, userId, nextId, "unit.edit");
    if (a.version !== version) throw await versionConflict(tx, a.id);
    if (b.version !== nextVersion) throw await versionConflict(tx, b.id);
    const others = await tx.unit.findMany({ where: { documentId: a.documentId, id: { notIn: [a.id, b.id] } }, select: { start: true, end: true } });
    if (b.documentId !== a.documentId || !areAdjacent(a, b, others)) {
      throw new AppError("VALIDATION", "Only a unit and the one right after it can be merged.");
    }
    const { text } = await tx.document.findUniqueOrThrow({ where: { id: a.documentId }, select: { text: true } });
    const verdict = mergedVerdict(a, b);
    // Lock-and-check both rows before anything moves: a concurrent write makes count 0 (409).
    const grown = await tx.unit.updateMany({
      where: { id: a.id, version },
      data: { ...anchoredSpan(text, a.start, Math.max(a.end, b.end)), ...verdict, text: null, origin: "MANUAL", version: { increment: 1 } },
    });
    if (grown.count === 0) throw await versionConflict(tx, a.id);
    const locked = await tx.unit.updateMany({ where: { id: b.id, version: nextVersion }, data: { version: { increment: 1 } } });
    if (locked.count === 0) throw await versionConflict(tx, b.id);
    const touching = await relationsOf(tx, [a.id, b.id]);
    const relations = planMerge({ id: a.id, span: a }, { id: b.id, span: b }, touching);
    await tx.relation.deleteMany({ where: { id: { in: relations.dropped } } });
    await applyRelationMoves(tx, relations.moves);
    await moveAttachments(tx, b.id, a.id);
    await tx.unit.delete({ where: { id: b.id } });
    const merged = await tx.unit.findUniqueOrThrow({ where: { id: a.id }, include: UNIT_COUNTS });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.merge",
      entityType: "unit",
      entityId: a.id,
      documentId: a.documentId,
      before: {
        start: a.start,
        end: a.end,
        exact: a.quoteExact,
        verdict: a.verdict,
        mergedUnitId: b.id,
        mergedStart: b.start,
        mergedEnd: b.end,
        mergedExact: b.quoteExact,
        mergedVerdict: b.verdict,
      },
      after: {
        start: merged.start,
        end: merged.end,
        exact: merged.quoteExact,
        verdict: merged.verdict,
        version: merged.version,
        // Relations of the second unit now on the merged one, and those dropped (between the two, or duplicates).
        movedRelationIds: touching.filter((r) => (r.fromId === b.id || r.toId === b.id) && !relations.dropped.includes(r.id)).map((r) => r.id),
        droppedRelationIds: relations.dropped,
      },
    });
    return { unit: toUnitView(merged), removedId: b.id, relations: await documentRelations(tx, a.documentId) };
  }),
);

/** Re-point evidence and comments from one unit to another, dropping duplicate evidence links. */
async function moveAttachments(tx: DbTx, fromUnit: string, toUnit: string) {
  const evidence = await tx.evidence.findMany({ where: { unitId: fromUnit } });
  await tx.evidence.createMany({
    data: evidence.map((e) => ({ unitId: toUnit, sourceId: e.sourceId, stance: e.stance, excerpt: e.excerpt })),
    skipDuplicates: true,
  });
  await tx.comment.updateMany({ where: { unitId: fromUnit }, data: { unitId: toUnit } });
}
