import "server-only";
import { ZUnassignClaimsInput } from "@/lib/validation/workspace";
import { applyAssignments, loadDocumentUnits } from "../assignments";
import { db } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";

/** Take claims back from their reviewer (first slot: a claim in review goes back to OPEN). */
export const unassignClaims = defineUseCase(ZUnassignClaimsInput, ({ userId, input: { documentId, unitIds, slot } }) =>
  db.$transaction(async (tx) => {
    const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "unit.assign");
    const units = await loadDocumentUnits(tx, documentId, unitIds);
    await applyAssignments(
      tx,
      { workspaceId, actorId: userId },
      units.map((unit) => ({ unit, slot, assigneeId: null })),
    );
    return { unitIds: units.map((u) => u.id) };
  }),
);
