import "server-only";
import { ZRemoveMemberInput } from "@/lib/validation/member";
import { publishToUsers, recordChange } from "../changes";
import { db } from "../db";
import { requireMembership } from "../guards";
import { keepAnOwner, lockWorkspace, requireMember } from "../members";
import { defineUseCase } from "../use-case";

/**
 * An owner removes a member, or anyone leaves (memberId = themselves: no permission needed
 * beyond being a member). The last owner can do neither (409). Their comments, verdicts and
 * history stay: the Activity trail is the workspace's record of who did what.
 */
export const removeMember = defineUseCase(ZRemoveMemberInput, ({ userId, input: { workspaceId, memberId } }) =>
  db.$transaction(async (tx) => {
    const self = memberId === userId;
    await requireMembership(tx, userId, workspaceId, self ? "workspace.read" : "member.manage");
    await lockWorkspace(tx, workspaceId);
    const member = await requireMember(tx, workspaceId, memberId);
    await keepAnOwner(tx, workspaceId, { from: member.role, to: null, self });
    await tx.membership.delete({ where: { id: member.id } });
    await recordChange(tx, {
      workspaceId,
      actorId: userId,
      action: self ? "member.leave" : "member.remove",
      entityType: "workspace",
      entityId: workspaceId,
      before: { userId: memberId, email: member.user.email, role: member.role },
    });
    await publishToUsers(tx, [memberId], { type: "queue" });
    return { workspaceId, userId: memberId, left: self };
  }),
);
