import "server-only";
import { anchoredSpan } from "@/lib/domain/anchor";
import { AppError } from "@/lib/domain/errors";
import { trimToText } from "@/lib/domain/segmentation";
import { ZCreateUnitInput } from "@/lib/validation/unit";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toUnitView, UNIT_COUNTS } from "../view-mappers";

/** A unit made by a person from a selection of the original text (trimmed of whitespace). */
export const createUnit = defineUseCase(ZCreateUnitInput, ({ userId, input: { documentId, start, end, kind } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "unit.edit");
    const { text } = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { text: true } });
    if (end > text.length)
      throw new AppError("VALIDATION", `The selection ends past the end of the text (${text.length} characters).`, {
        fields: { end: ["Past the end of the text."] },
      });
    const span = trimToText(text, { start, end });
    if (!span) throw new AppError("VALIDATION", "The selection holds only spaces: select some words.");
    const unit = await tx.unit.create({
      data: { documentId, kind, origin: "MANUAL", signals: ["manual:selection"], ...anchoredSpan(text, span.start, span.end) },
      include: UNIT_COUNTS,
    });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.create",
      entityType: "unit",
      entityId: unit.id,
      documentId,
      after: { kind, start: unit.start, end: unit.end, exact: unit.quoteExact },
    });
    return toUnitView(unit);
  }),
);
