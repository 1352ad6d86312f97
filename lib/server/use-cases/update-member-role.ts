import "server-only";
import type { MemberView } from "@/lib/domain/views";
import { ZUpdateMemberInput } from "@/lib/validation/member";
import { publishToUsers, recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { keepAnOwner, lockWorkspace, requireMember } from "../members";
import { defineUseCase } from "../use-case";
import { openAssignmentCounts } from "./list-members";

/**
 * An owner changes a member's role (their own too). The last owner cannot be demoted (409).
 * Claims already assigned stay assigned: whether the new role may still work on them is the
 * workflow's question, asked at every write.
 */
export const updateMemberRole = defineUseCase(ZUpdateMemberInput, ({ userId, input: { workspaceId, memberId, role } }): Promise<MemberView> =>
  db.$transaction(async (tx) => {
    await requireMembership(tx, userId, workspaceId, "member.manage");
    await lockWorkspace(tx, workspaceId);
    const member = await requireMember(tx, workspaceId, memberId);
    if (member.role !== role) {
      await keepAnOwner(tx, workspaceId, { from: member.role, to: role, self: memberId === userId });
      await tx.membership.update({ where: { id: member.id }, data: { role } });
      await recordChange(tx, {
        workspaceId,
        actorId: userId,
        action: "member.role",
        entityType: "workspace",
        entityId: workspaceId,
        before: { userId: memberId, email: member.user.email, role: member.role },
        after: { userId: memberId, email: member.user.email, role },
      });
      // What they may work on changed: their queue re-reads.
      await publishToUsers(tx, [memberId], { type: "queue" });
    }
    const row = await tx.membership.findUniqueOrThrow({ where: { id: member.id }, select: { createdAt: true } });
    const open = await openAssignmentCounts(tx, workspaceId);
    return { user: member.user, role, joinedAt: row.createdAt.toISOString(), openAssignments: open.get(memberId) ?? 0 };
  }),
);
