import "server-only";
import { anchoredSpan } from "@/lib/domain/anchor";
import { AppError } from "@/lib/domain/errors";
import { planSplit } from "@/lib/domain/relation-anchors";
import { splitSpan } from "@/lib/domain/segmentation";
import { ZSplitUnitInput } from "@/lib/validation/unit";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { applyRelationMoves, documentRelations, relationsOf } from "../relation-moves";
import { defineUseCase } from "../use-case";
import { versionConflict } from "../versioning";
import { toUnitView, UNIT_COUNTS } from "../view-mappers";

/**
 * Split a unit at a character position: the first part keeps the unit (its verdict, sources,
 * comments); the second becomes a new, unreviewed unit of the same kind. Relations follow the
 * words they were drawn to (lib/domain/relation-anchors.ts): after a merge, those of the second
 * unit's words go to the second half; the others stay with the first.
 */
export const splitUnit = defineUseCase(ZSplitUnitInput, ({ userId, input: { unitId, version, at } }) =>
  db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, "unit.edit");
    const { text } = await tx.document.findUniqueOrThrow({ where: { id: unit.documentId }, select: { text: true } });
    const halves = splitSpan(text, unit, at);
    if (!halves)
      throw new AppError("VALIDATION", "Put the split point inside the unit, with words on both sides.", { fields: { at: ["Not inside the unit."] } });
    const [left, right] = halves;
    const { count } = await tx.unit.updateMany({
      where: { id: unitId, version },
      data: { ...anchoredSpan(text, left.start, left.end), text: null, version: { increment: 1 } },
    });
    if (count === 0) throw await versionConflict(tx, unitId);
    const second = await tx.unit.create({
      data: { documentId: unit.documentId, kind: unit.kind, origin: "MANUAL", signals: ["manual:split"], ...anchoredSpan(text, right.start, right.end) },
      include: UNIT_COUNTS,
    });
    const relations = planSplit(unitId, left, second.id, right, await relationsOf(tx, [unitId]));
    await applyRelationMoves(tx, relations.moves);
    const first = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, include: UNIT_COUNTS });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.split",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: { start: unit.start, end: unit.end, exact: unit.quoteExact, version: unit.version },
      after: {
        start: first.start,
        end: first.end,
        exact: first.quoteExact,
        version: first.version,
        newUnitId: second.id,
        newStart: second.start,
        newEnd: second.end,
        newExact: second.quoteExact,
        // Which half each relation went to.
        firstRelationIds: relations.toFirst,
        secondRelationIds: relations.toSecond,
      },
    });
    return { first: toUnitView(first), second: toUnitView(second), relations: await documentRelations(tx, unit.documentId) };
  }),
);
