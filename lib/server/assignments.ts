import "server-only";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policy";
import type { ReviewStatus } from "@/lib/domain/vocabulary";
import { OPEN_STATUSES, statusAfterAssignment, transition } from "@/lib/domain/workflow";
import { publishToUsers, recordChange } from "./changes";
import type { DbTx } from "./db";
import { notify } from "./notifications";
import { versionConflict } from "./versioning";

// The one write path of assignment: the claim card, the unit list's bulk action, the balance
// dialog and the REST API (PATCH /units/{id} with assigneeId, POST/DELETE .../assignments) all
// end here, after their guard asked the table for "unit.assign".

/** First reviewer (Unit.assigneeId) or, in double review, second (Unit.secondAssigneeId). */
export type Slot = "first" | "second";

export interface AssignableUnit {
  id: string;
  documentId: string;
  version: number;
  status: ReviewStatus;
  assigneeId: string | null;
  secondAssigneeId: string | null;
  quoteExact: string;
}

export const ASSIGNABLE_FIELDS = {
  id: true,
  documentId: true,
  version: true,
  status: true,
  assigneeId: true,
  secondAssigneeId: true,
  quoteExact: true,
} as const;

export interface AssignmentChange {
  unit: AssignableUnit;
  slot: Slot;
  /** null: take the claim back. */
  assigneeId: string | null;
}

/** Each person must belong to the workspace with a role that may review; else 400 naming them. */
export async function requireReviewers(tx: DbTx, workspaceId: string, reviewerIds: readonly string[]) {
  const members = await tx.membership.findMany({
    where: { workspaceId, userId: { in: [...reviewerIds] } },
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

/** Open assignments (first or second reviewer) of each person in a workspace: their queue's length there. */
export async function openLoad(tx: DbTx, workspaceId: string, userIds: readonly string[]): Promise<Record<string, number>> {
  const where = { status: { in: [...OPEN_STATUSES] }, document: { workspaceId } };
  const [first, second] = await Promise.all([
    tx.unit.groupBy({ by: ["assigneeId"], where: { ...where, assigneeId: { in: [...userIds] } }, _count: { _all: true } }),
    tx.unit.groupBy({ by: ["secondAssigneeId"], where: { ...where, secondAssigneeId: { in: [...userIds] } }, _count: { _all: true } }),
  ]);
  const load: Record<string, number> = {};
  for (const g of first) load[g.assigneeId!] = (load[g.assigneeId!] ?? 0) + g._count._all;
  for (const g of second) load[g.secondAssigneeId!] = (load[g.secondAssigneeId!] ?? 0) + g._count._all;
  return load;
}

/** Where a claim's status goes when its first reviewer changes (the second slot leaves it). */
function statusAfter(change: AssignmentChange): ReviewStatus {
  if (change.slot === "second") return change.unit.status;
  if (change.assigneeId) return statusAfterAssignment(change.unit.status);
  // The table's unassign row (IN_REVIEW -> OPEN); the caller's guard already checked the role.
  const moved = transition({ action: "unassign", status: change.unit.status, role: "OWNER", isAssignee: false });
  return moved.ok ? moved.to : change.unit.status;
}

/**
 * Apply assignment changes in the caller's transaction: each unit written with the version
 * read (a concurrent change fails the batch with 409), an Activity row each, one ASSIGNED
 * notification per person who received claims, and a queue event to everyone whose queue moved.
 */
export async function applyAssignments(tx: DbTx, ctx: { workspaceId: string; actorId: string; documentTitle?: string }, changes: readonly AssignmentChange[]) {
  const received = new Map<string, AssignmentChange[]>();
  const touched = new Set<string>();
  for (const change of changes) {
    const { unit, slot, assigneeId } = change;
    const holder = slot === "first" ? unit.assigneeId : unit.secondAssigneeId;
    if (holder === assigneeId) continue;
    if (assigneeId && assigneeId === (slot === "first" ? unit.secondAssigneeId : unit.assigneeId)) {
      throw new AppError("VALIDATION", "One person cannot be both reviewers of a claim: in double review the two verdicts must be independent.", {
        fields: { reviewerIds: ["Already the claim's other reviewer."] },
      });
    }
    const status = statusAfter(change);
    // assignedAt orders "my queue": it moves only when the claim changes hands.
    const data =
      slot === "first"
        ? { assigneeId, assignedAt: assigneeId ? new Date() : null }
        : { secondAssigneeId: assigneeId, secondAssignedAt: assigneeId ? new Date() : null };
    const { count } = await tx.unit.updateMany({ where: { id: unit.id, version: unit.version }, data: { ...data, status, version: { increment: 1 } } });
    if (count === 0) throw await versionConflict(tx, unit.id);
    await recordChange(tx, {
      workspaceId: ctx.workspaceId,
      actorId: ctx.actorId,
      action: assigneeId ? "unit.assign" : "unit.unassign",
      entityType: "unit",
      entityId: unit.id,
      documentId: unit.documentId,
      before: { [slot === "first" ? "assigneeId" : "secondAssigneeId"]: holder, status: unit.status, version: unit.version },
      after: { [slot === "first" ? "assigneeId" : "secondAssigneeId"]: assigneeId, status, version: unit.version + 1 },
    });
    if (holder) touched.add(holder);
    if (assigneeId) received.set(assigneeId, [...(received.get(assigneeId) ?? []), change]);
  }
  for (const [userId, given] of received) {
    const first = given[0]!.unit;
    await notify(tx, [userId], {
      kind: "ASSIGNED",
      workspaceId: ctx.workspaceId,
      actorId: ctx.actorId,
      documentId: first.documentId,
      unitId: first.id,
      data: { count: given.length, claim: first.quoteExact.slice(0, 200), ...(ctx.documentTitle ? { documentTitle: ctx.documentTitle } : {}) },
    });
  }
  await publishToUsers(tx, [...touched, ...received.keys()], { type: "queue" });
}

/** The named units of one document, in the order given; 400 naming any that are not its units. */
export async function loadDocumentUnits(tx: DbTx, documentId: string, unitIds: readonly string[]): Promise<AssignableUnit[]> {
  const ids = [...new Set(unitIds)];
  const found = await tx.unit.findMany({ where: { id: { in: ids }, documentId }, select: ASSIGNABLE_FIELDS });
  const byId = new Map(found.map((u) => [u.id, u]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) {
    const message = `These units are not part of this document: ${missing.join(", ")}.`;
    throw new AppError("VALIDATION", message, { fields: { unitIds: [message] } });
  }
  return ids.map((id) => byId.get(id)!);
}
