import "server-only";
import { balanceAssignments } from "@/lib/domain/assignment";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policy";
import { DONE_STATUSES, isOpenStatus, statusAfterAssignment } from "@/lib/domain/workflow";
import { ZAssignClaimsInput } from "@/lib/validation/workspace";
import { recordChange } from "../changes";
import { db, type DbTx } from "../db";
import { requireDocumentAccess } from "../guards";
import { defineUseCase } from "../use-case";
import { versionConflict } from "../versioning";

/** What gets assigned when the caller names no units: the claims still waiting for a verdict. */
const DEFAULT_KINDS = ["CLAIM", "PREMISE", "EVIDENCE"] as const;

const UNIT_FIELDS = { id: true, assigneeId: true, status: true, version: true } as const;

/**
 * Share a document's units among reviewers (editors and owners, "unit.assign"). Every
 * reviewer must be a member whose role may review; every unit must belong to the document.
 * All units change in one transaction, each with its own Activity row; a unit changed by
 * someone else meanwhile fails the whole batch with 409 rather than being overwritten.
 */
export const assignClaims = defineUseCase(ZAssignClaimsInput, ({ userId, input: { documentId, ...data } }) => {
  const reviewerIds = [...new Set(data.reviewerIds)];
  return db.$transaction(
    async (tx) => {
      const { workspaceId } = await requireDocumentAccess(tx, userId, documentId, "unit.assign");
      await requireReviewers(tx, workspaceId, reviewerIds);
      const units = await loadUnits(tx, documentId, data.unitIds);

      // Open = assigned and not yet REVIEWED/APPROVED; the units being handed out now are relieved first.
      const open = await tx.unit.groupBy({
        by: ["assigneeId"],
        where: { documentId, assigneeId: { in: reviewerIds }, status: { notIn: [...DONE_STATUSES] } },
        _count: { _all: true },
      });
      const load = Object.fromEntries(open.map((g) => [g.assigneeId!, g._count._all]));
      const current = Object.fromEntries(units.filter((u) => isOpenStatus(u.status) && u.assigneeId).map((u) => [u.id, u.assigneeId]));
      const assignments = balanceAssignments(units.map((u) => u.id), reviewerIds, load, current);

      const byId = new Map(units.map((u) => [u.id, u]));
      for (const { unitId, assigneeId } of assignments) {
        const before = byId.get(unitId)!;
        const status = statusAfterAssignment(before.status);
        // assignedAt orders "my queue": it moves only when the claim changes hands.
        const assignedAt = assigneeId === before.assigneeId ? undefined : new Date();
        const { count } = await tx.unit.updateMany({
          where: { id: unitId, version: before.version },
          data: { assigneeId, assignedAt, status, version: { increment: 1 } },
        });
        if (count === 0) throw await versionConflict(tx, unitId);
        await recordChange(tx, {
          workspaceId,
          actorId: userId,
          action: "unit.assign",
          entityType: "unit",
          entityId: unitId,
          documentId,
          before: { assigneeId: before.assigneeId, status: before.status, version: before.version },
          after: { assigneeId, status, version: before.version + 1 },
        });
      }
      return { assignments };
    },
    { timeout: 60_000 },
  );
});

/** Each reviewer must belong to the workspace with a role that may review; else 400 naming them. */
async function requireReviewers(tx: DbTx, workspaceId: string, reviewerIds: string[]) {
  const members = await tx.membership.findMany({
    where: { workspaceId, userId: { in: reviewerIds } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const byUser = new Map(members.map((m) => [m.userId, m]));
  // Non-members are named by the id the caller sent: nothing about them is revealed.
  const refused = reviewerIds.flatMap((id) => {
    const m = byUser.get(id);
    if (!m) return [`${id} (not a member of this workspace)`];
    return can(m.role, "unit.review") ? [] : [`${m.user.name} (${m.role} may not review)`];
  });
  if (refused.length) {
    const message = `These people cannot review claims in this workspace: ${refused.join("; ")}.`;
    throw new AppError("VALIDATION", message, { fields: { reviewerIds: [message] } });
  }
}

async function loadUnits(tx: DbTx, documentId: string, unitIds: string[] | undefined) {
  if (!unitIds) {
    return tx.unit.findMany({
      where: { documentId, kind: { in: [...DEFAULT_KINDS] }, verdict: "UNREVIEWED" },
      orderBy: [{ start: "asc" }, { end: "asc" }],
      select: UNIT_FIELDS,
    });
  }
  const ids = [...new Set(unitIds)];
  const found = await tx.unit.findMany({ where: { id: { in: ids }, documentId }, select: UNIT_FIELDS });
  const byId = new Map(found.map((u) => [u.id, u]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const message = `These units are not part of this document: ${missing.join(", ")}.`;
    throw new AppError("VALIDATION", message, { fields: { unitIds: [message] } });
  }
  // The order given is the order of assignment (ties go to the first reviewer).
  return ids.map((id) => byId.get(id)!);
}
