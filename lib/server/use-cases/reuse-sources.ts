import "server-only";
import { notFound } from "@/lib/domain/errors";
import type { Verdict } from "@/lib/domain/vocabulary";
import { ZReuseSourcesInput } from "@/lib/validation/source";
import { recordChange } from "../changes";
import { db } from "../db";
import { assertAssignedWork, requireUnitAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { toEvidenceView } from "../view-mappers";

/**
 * "Reuse verdict and sources" of a similar claim already reviewed: its sources are attached to
 * this unit in one transaction (all or none; those already attached are kept as they are), and
 * its verdict and rationale come back for the reviewer's draft — never saved without them.
 */
export const reuseSources = defineUseCase(ZReuseSourcesInput, ({ userId, input: { unitId, fromUnitId } }) =>
  db.$transaction(async (tx) => {
    const access = await requireUnitAccess(tx, userId, unitId, "source.attach");
    const { unit, workspaceId } = access;
    assertAssignedWork(userId, access);
    const { unit: from, workspaceId: fromWorkspace } = await requireUnitAccess(tx, userId, fromUnitId, "workspace.read");
    // Sources belong to a workspace: another workspace's claim is not offered, so it is not found here.
    if (fromWorkspace !== workspaceId) throw notFound("The reviewed claim");
    const theirs = await tx.evidence.findMany({ where: { unitId: fromUnitId }, orderBy: { createdAt: "asc" } });
    const { count } = await tx.evidence.createMany({
      data: theirs.map((e) => ({ unitId, sourceId: e.sourceId, stance: e.stance, excerpt: e.excerpt, addedById: userId })),
      skipDuplicates: true,
    });
    const evidence = await tx.evidence.findMany({ where: { unitId }, orderBy: { createdAt: "asc" }, include: { source: true } });
    if (count > 0) {
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "unit.source.reuse",
        entityType: "unit",
        entityId: unitId,
        documentId: unit.documentId,
        after: { fromUnitId, sourceIds: theirs.map((e) => e.sourceId), attached: count },
      });
    }
    return { sources: evidence.map(toEvidenceView), attached: count, verdict: from.verdict as Verdict, rationale: from.rationale };
  }),
);
