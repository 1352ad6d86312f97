import "server-only";
import { ZDeleteUnitInput } from "@/lib/validation/unit";
import { recordChange } from "../changes";
import { db } from "../db";
import { requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { versionConflict } from "../versioning";

/** Remove a unit (its relations, evidence links and comments go with it); the text stays. */
export const deleteUnit = defineUseCase(ZDeleteUnitInput, ({ userId, input: { unitId, version } }) =>
  db.$transaction(async (tx) => {
    const { unit, workspaceId } = await requireUnitAccess(tx, userId, unitId, "unit.edit");
    const { count } = await tx.unit.deleteMany({ where: { id: unitId, version } });
    if (count === 0) throw await versionConflict(tx, unitId);
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: "unit.delete",
      entityType: "unit",
      entityId: unitId,
      documentId: unit.documentId,
      before: { kind: unit.kind, start: unit.start, end: unit.end, exact: unit.quoteExact, verdict: unit.verdict, rationale: unit.rationale },
    });
    return { id: unitId };
  }),
);
