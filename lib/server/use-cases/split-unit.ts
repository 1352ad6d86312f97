import "server-only";
import { anchoredSpan } from "@/lib/domain/anchor";
import { AppError } from "@/lib/domain/errors";
import { splitSpan } from "@/lib/domain/segmentation";
import { ZSplitUnitInput } from "@/lib/validation/unit";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { versionConflict } from "../versioning";
import { toUnitView, UNIT_COUNTS } from "../view-mappers";

/**
 * Split a unit at a character position: the first part keeps the unit (its verdict, sources,
 * comments and relations); the second becomes a new, unreviewed unit of the same kind.
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
    const first = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, include: UNIT_COUNTS });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.split",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: { start: unit.start, end: unit.end, version: unit.version },
      after: { start: first.start, end: first.end, version: first.version, newUnitId: second.id, newStart: second.start, newEnd: second.end },
    });
    return { first: toUnitView(first), second: toUnitView(second) };
  }),
);
