import "server-only";
import { OPEN_STATUSES } from "@/lib/domain/workflow";
import type { MemberView } from "@/lib/domain/views";
import { ZWorkspaceRef } from "@/lib/validation/workspace";
import { db, type DbTx } from "../db";
import { requireMembership } from "../guards";
import { defineUseCase } from "../use-case";

/** The members of a workspace the caller belongs to, oldest first, with their open assignments there. */
export const listMembers = defineUseCase(ZWorkspaceRef, async ({ userId, input: { workspaceId } }): Promise<MemberView[]> => {
  await requireMembership(db, userId, workspaceId, "workspace.read");
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  const open = await openAssignmentCounts(db, workspaceId);
  return rows.map((r) => ({ user: r.user, role: r.role, joinedAt: r.createdAt.toISOString(), openAssignments: open.get(r.user.id) ?? 0 }));
});

/**
 * Per person, the workspace's claims still open (OPEN, IN_REVIEW, NEEDS_ADJUDICATION) that are
 * assigned to them as first or second reviewer. A claim never has the same person in both
 * places (CHECK "Unit_second_assignee_differs"), so the two counts add up.
 */
export async function openAssignmentCounts(tx: DbTx, workspaceId: string): Promise<Map<string, number>> {
  const open = { status: { in: [...OPEN_STATUSES] }, document: { workspaceId } };
  // One after the other: `tx` may be an interactive transaction (one connection).
  const first = await tx.unit.groupBy({ by: ["assigneeId"], where: { ...open, assigneeId: { not: null } }, _count: { _all: true } });
  const second = await tx.unit.groupBy({ by: ["secondAssigneeId"], where: { ...open, secondAssigneeId: { not: null } }, _count: { _all: true } });
  const counts = new Map<string, number>();
  for (const r of first) counts.set(r.assigneeId!, (counts.get(r.assigneeId!) ?? 0) + r._count._all);
  for (const r of second) counts.set(r.secondAssigneeId!, (counts.get(r.secondAssigneeId!) ?? 0) + r._count._all);
  return counts;
}
